<?xml version="1.0" encoding="UTF-8"?>
<!--
  html.xsl: the HTML edition.

  Entry point: the initial template (xsl:initial-template); no source document is needed, the
  letters are read from $tei-dir (see common.xsl). Every page is an xsl:result-document
  relative to the base output URI, which the caller sets to the output directory:

    index.html        all documents in date order, with search, filters,
                      sorting and a timeline                     (html-index.xsl)
    search-index.js   the words of each document the search looks in (html-index.xsl)
    <id>.html         one page per document                      (html-letter.xsl)
    tei/<id>.xml      the document's TEI file as it is, to download (html-letter.xsl)
    persons.html,
    places.html,
    orgs.html         the registers: one line per entry          (html-register.xsl)
    persons/<id>.html,
    places/<id>.html,
    orgs/<id>.html    one page per entry: names, authority records,
                      a timeline, its documents by role          (html-register.xsl)
    network.html      who wrote to whom, as a picture and a table (html-network.xsl)
    corresp.css,
    corresp.js        copied from assets/

  What the pages need to know about the whole corpus is computed once (html-data.xsl).
  Links are relative and there are no external resources, so the pages work opened from disk.
  Pages in a sub-folder are written as if they were at the root and their links adjusted
  once, by c:page (mode c:relocate).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:include href="html-data.xsl"/>
  <xsl:include href="partials/head.xsl"/>
  <xsl:include href="partials/nav.xsl"/>
  <xsl:include href="partials/footer.xsl"/>
  <xsl:include href="partials/tei.xsl"/>
  <xsl:include href="partials/timeline.xsl"/>
  <xsl:include href="html-index.xsl"/>
  <xsl:include href="html-letter.xsl"/>
  <xsl:include href="html-register.xsl"/>
  <xsl:include href="html-network.xsl"/>

  <!-- HTML5 serialisation: <!DOCTYPE html>; include-content-type="no" because the head
       already has <meta charset="utf-8">. Indentation is deterministic, so it is kept for
       readable pages. (Saxon also breaks long lines of text at spaces; in HTML that is the
       same text. Its saxon:line-length to stop that is not available in Saxon-HE.) -->
  <xsl:output name="c:html" method="html" html-version="5.0" encoding="UTF-8"
      include-content-type="no" indent="yes"/>

  <!-- The principal output is not used (everything is a result document). -->
  <xsl:output method="text"/>

  <!-- Entry points. corresp runs c:site (every page about the whole corpus, and navs.xml:
       the neighbours of each letter) and then c:letter-pages for the letters whose page must
       be made again (pipeline/publish.py); run on its own, the stylesheet makes everything
       from the letters (the initial template). -->
  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="c:site"/>
    <xsl:call-template name="c:letter-pages">
      <xsl:with-param name="navs" select="(1 to count($c:fact-docs)) ! c:nav(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Where c:site writes the neighbours of every letter (c:navs); '' for nowhere. -->
  <xsl:param name="navs-href" as="xs:string" select="''"/>
  <!-- Whose neighbours c:site-navs writes: '#all', or the places in date order (1 for the
       first letter) separated by spaces, ascending. After a corrected date corresp asks only
       for the letters whose neighbours can have changed and keeps the others' navs. -->
  <xsl:param name="nav-positions" as="xs:string" select="'#all'"/>
  <!-- Where c:site-navs writes what each register entry's page depends on (c:deps: the entry
       and the ids of the documents it lists); '' for nowhere (corresp keeps the file of its
       last run while no letter's parties or names changed). -->
  <xsl:param name="deps-href" as="xs:string" select="''"/>
  <!-- The entry pages c:site-registers makes: '#all', or their hrefs separated by spaces
       ('persons/x.html places/y.html'); corresp keeps the others from its last run. -->
  <xsl:param name="entity-pages" as="xs:string" select="'#all'"/>
  <!-- 'yes': the lists of documents in entry pages are left as marks, for corresp to fill
       with the items it keeps per letter (see c:fill-items): made once per letter, not once
       per entry that lists the letter. -->
  <xsl:param name="item-marks" as="xs:string" select="'no'"/>
  <!-- The number of documents of each register entry, for the registers' lists:
       'persons/x=3 places/y=12 …' (entries left out have none); '' to count them in the
       facts. corresp gives them (from deps.xml) when $facts holds only the letters of the
       entry pages it makes. -->
  <xsl:param name="entity-counts" as="xs:string" select="''"/>
  <!-- Where c:site-index writes the timelines' granularity and span (c:span, as on c:navs);
       '' for nowhere. corresp makes the index in a run of its own, from the counts of all
       letters ($index-tally), and so learns whether the span changed. -->
  <xsl:param name="span-href" as="xs:string" select="''"/>
  <!-- The file (URI) of c:nav elements whose letters c:letter-pages makes pages for. -->
  <xsl:param name="navs" as="xs:string" select="''"/>
  <!-- 'no': c:letter-pages does not write tei/<id>.xml (corresp copies the files byte for byte). -->
  <xsl:param name="copy-tei" as="xs:string" select="'yes'"/>

  <xsl:template name="c:letter-pages">
    <xsl:param name="navs" as="element(c:nav)*" select="doc($navs)/*/c:nav"/>
    <xsl:for-each select="$navs">
      <xsl:variable name="nav" select="."/>
      <xsl:source-document href="{$c:tei-dir}letters/{@file}" streamable="no">
        <xsl:call-template name="c:letter-page">
          <xsl:with-param name="nav" select="$nav"/>
        </xsl:call-template>
        <xsl:if test="$copy-tei = 'yes'">
          <xsl:call-template name="c:tei-file"/>
        </xsl:if>
      </xsl:source-document>
    </xsl:for-each>
  </xsl:template>

  <!-- Which parts of the site c:site makes: '#all', or some of 'index navs network registers'
       separated by spaces ('entries': the registers' entry pages without their lists).
       corresp makes the registers in a run of their own, after the others (it then knows
       which entry pages changed; and at 100,000 letters, what one run keeps in memory is let
       go before the next), and leaves out what did not change. -->
  <xsl:param name="site-parts" as="xs:string" select="'#all'"/>

  <!-- Every page about the whole corpus (see $site-parts); each part reads every letter's facts. -->
  <xsl:template name="c:site">
    <xsl:variable name="parts" select="if ($site-parts eq '#all') then ('index', 'navs', 'network', 'registers')
                                       else tokenize($site-parts)"/>
    <xsl:if test="$parts = 'index'"><xsl:call-template name="c:site-index"/></xsl:if>
    <xsl:if test="$parts = 'navs'"><xsl:call-template name="c:site-navs"/></xsl:if>
    <xsl:if test="$parts = 'network'"><xsl:call-template name="c:network-page"/></xsl:if>
    <xsl:if test="$parts = ('registers', 'entries')">
      <xsl:call-template name="c:site-registers">
        <xsl:with-param name="lists" select="$parts = 'registers'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The index, the search file and the assets. Given $facts, corresp puts the index rows
       and the search lines in itself (it keeps them per letter: xslt/fragments.xsl); on its
       own, the stylesheet makes them here. -->
  <xsl:template name="c:site-index">
    <xsl:call-template name="c:index-page">
      <xsl:with-param name="rows" select="if ($facts ne '') then () else
          string-join($c:letters ! c:index-row(.), '&#10;')"/>
    </xsl:call-template>
    <xsl:call-template name="c:search-file">
      <xsl:with-param name="lines" select="if ($facts ne '') then () else
          string-join($c:letters ! c:search-line(.), ',&#10;')"/>
    </xsl:call-template>
    <xsl:call-template name="c:asset-files"/>
    <xsl:if test="$span-href ne ''">
      <xsl:result-document href="{$span-href}" method="xml" indent="no">
        <c:span xsl:use-attribute-sets="c:span"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The timelines' granularity and span (their first and last period), as c:navs and c:span
       say them (corresp reads them there: pipeline/publish.py, _span). -->
  <xsl:attribute-set name="c:span">
    <xsl:attribute name="granularity" select="$c:granularity"/>
    <xsl:attribute name="periods" select="$c:periods[1] || ' ' || $c:periods[last()]"/>
  </xsl:attribute-set>

  <!-- The neighbours of every letter (c:nav; of those at $nav-positions), written to
       $navs-href with the timelines' granularity and span (the first and last period of the
       corpus), each on a line of its own; and what each entry's page depends on
       (c:entity-deps). -->
  <xsl:template name="c:site-navs">
    <xsl:call-template name="c:entity-deps"/>
    <xsl:if test="$navs-href ne ''">
      <xsl:result-document href="{$navs-href}" method="xml" indent="no">
        <c:navs xsl:use-attribute-sets="c:span">
          <xsl:text>&#10;</xsl:text>
          <xsl:for-each select="if ($nav-positions eq '#all') then 1 to count($c:fact-docs)
                                else tokenize($nav-positions) ! xs:integer(.)">
            <xsl:sequence select="c:nav(.)"/>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
        </c:navs>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The registers' lists (unless $lists is false) and the pages of their entries ($entity-pages). -->
  <xsl:template name="c:site-registers">
    <xsl:param name="lists" as="xs:boolean" select="true()"/>
    <xsl:call-template name="c:register">
      <xsl:with-param name="register" select="'persons'"/>
      <xsl:with-param name="entities" select="$c:persons//listPerson/person"/>
      <xsl:with-param name="list" select="$lists"/>
    </xsl:call-template>
    <xsl:call-template name="c:register">
      <xsl:with-param name="register" select="'places'"/>
      <xsl:with-param name="entities" select="$c:places//listPlace/place"/>
      <xsl:with-param name="list" select="$lists"/>
    </xsl:call-template>
    <xsl:call-template name="c:register">
      <xsl:with-param name="register" select="'orgs'"/>
      <xsl:with-param name="entities" select="$c:orgs//listOrg/org"/>
      <xsl:with-param name="list" select="$lists"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One HTML page: head, a skip link, site navigation, the page's content in <main>, footer.
       $href is relative to the root of the edition; so are all links in the content. -->
  <xsl:template name="c:page">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="page-title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="body-class" as="xs:string"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:result-document href="{$href}" format="c:html">
      <xsl:call-template name="c:page-tree">
        <xsl:with-param name="href" select="$href"/>
        <xsl:with-param name="page-title" select="$page-title"/>
        <xsl:with-param name="current" select="$current"/>
        <xsl:with-param name="body-class" select="$body-class"/>
        <xsl:with-param name="scripts" select="$scripts"/>
        <xsl:with-param name="content" select="$content"/>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- The html element of a page (see c:page), its links relative to where it is ($href). -->
  <xsl:template name="c:page-tree" as="element()">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="page-title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="body-class" as="xs:string"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="page" as="element()">
      <html lang="en">
        <xsl:call-template name="c:head">
          <xsl:with-param name="page-title" select="$page-title"/>
          <xsl:with-param name="scripts" select="$scripts"/>
        </xsl:call-template>
        <body class="{$body-class}">
          <a class="skip-link" href="#main">Skip to content</a>
          <xsl:call-template name="c:nav">
            <xsl:with-param name="current" select="$current"/>
            <xsl:with-param name="page" select="$href"/>
          </xsl:call-template>
          <main id="main" tabindex="-1">
            <xsl:sequence select="$content"/>
          </main>
          <xsl:call-template name="c:footer">
            <xsl:with-param name="page" select="tokenize($body-class)[1]"/>
          </xsl:call-template>
        </body>
      </html>
    </xsl:variable>
    <xsl:variable name="up" select="string-join(tokenize($href, '/')[position() gt 1] ! '../')"/>
    <xsl:choose>
      <xsl:when test="$up = ''"><xsl:sequence select="$page"/></xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$page" mode="c:relocate">
          <xsl:with-param name="up" select="$up" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The serialization of c:html, for pages made as text (the index: see html-index.xsl). -->
  <xsl:variable name="c:html-serialization" as="map(*)" select="map {
      'method': 'html', 'html-version': 5.0, 'encoding': 'UTF-8', 'include-content-type': false(),
      'indent': true() }"/>

  <!-- The serialization of the pieces of a page that corresp keeps per letter (an index row,
       an entry page's list item): on one line, put into the page as text. -->
  <xsl:variable name="c:piece-serialization" as="map(*)" select="map {
      'method': 'html', 'html-version': 5.0, 'indent': false() }"/>

  <!-- A page in a sub-folder: links relative to the root get the way up in front; links to
       a fragment of the page itself, absolute paths and URLs with a scheme stay. -->
  <xsl:mode name="c:relocate" on-no-match="shallow-copy"/>
  <xsl:template match="@href | @src" mode="c:relocate">
    <xsl:param name="up" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="{local-name()}" select="
        if (matches(., '^([A-Za-z][A-Za-z0-9+.\-]*:|#|/)')) then string(.) else $up || ."/>
  </xsl:template>

  <!-- The stylesheet and the script are files of the project (xslt/assets/), written next to
       the pages so that they find them by a relative link. -->
  <xsl:template name="c:asset-files">
    <xsl:for-each select="'corresp.css', 'corresp.js'">
      <xsl:result-document href="{.}" method="text" encoding="UTF-8">
        <xsl:value-of select="unparsed-text(resolve-uri('assets/' || ., static-base-uri()), 'UTF-8')"/>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- ==== helpers shared by the page modules ==== -->

  <!-- A document's title as the pages show it, and the title its entry gave it: its id when
       an editor left the title empty (a link must have words to follow). -->
  <xsl:function name="c:heading" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(c:title($node)[. ne ''], c:id($node))[1]"/>
  </xsl:function>

  <xsl:function name="c:entry-heading" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(c:entry-title($node)[. ne ''], c:id($node))[1]"/>
  </xsl:function>

  <!-- The link to a document page. -->
  <xsl:function name="c:doc-href" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="c:id($node) || '.html'"/>
  </xsl:function>

  <!-- "1 document", "3 documents". -->
  <xsl:function name="c:count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="$n || ' ' || $noun || (if ($n = 1) then '' else 's')"/>
  </xsl:function>

  <!-- A document's date as written, machine-readable where possible. -->
  <xsl:template name="c:date-cell">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:choose>
      <xsl:when test="exists($date)">
        <xsl:apply-templates select="$date" mode="c:render"/>
      </xsl:when>
      <xsl:otherwise><span class="undated">undated</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names of a list (senders, participants ...) rendered as links, separated by commas. -->
  <xsl:template name="c:name-list">
    <xsl:param name="names" as="element()*"/>
    <!-- Add the register's preferred name when the name as written does not show who it is
         ("Filippov (Joseph Stalin)"). -->
    <xsl:param name="identify" as="xs:boolean" select="false()"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="c:render"/>
      <xsl:variable name="preferred" select="c:preferred(c:entity(@ref))"/>
      <xsl:if test="$identify and exists($preferred)
                    and not(contains(lower-case($preferred), lower-case(normalize-space(.))))">
        <span class="identified"> (<xsl:value-of select="$preferred"/>)</span>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Who a document is from and to, in one line: "A → B, via C, D"; for documents that are
       not letters: the participants or the author. -->
  <xsl:template name="c:parties">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="identify" as="xs:boolean" select="false()"/>
    <xsl:variable name="senders" select="c:senders($doc)"/>
    <xsl:variable name="recipients" select="c:recipients($doc)"/>
    <xsl:variable name="via" select="c:intermediaries($doc)"/>
    <xsl:choose>
      <xsl:when test="exists($senders) or exists($recipients)">
        <span class="senders">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="$senders"/>
            <xsl:with-param name="identify" select="$identify"/>
          </xsl:call-template>
        </span>
        <xsl:text> → </xsl:text>
        <span class="recipients">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="$recipients"/>
            <xsl:with-param name="identify" select="$identify"/>
          </xsl:call-template>
        </span>
        <xsl:if test="exists($via)">
          <span class="intermediaries">
            <xsl:text>, via </xsl:text>
            <xsl:call-template name="c:name-list">
              <xsl:with-param name="names" select="$via"/>
              <xsl:with-param name="identify" select="$identify"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </xsl:when>
      <xsl:when test="exists(c:participants($doc))">
        <span class="participants">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="c:participants($doc)"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:when test="exists(c:authors($doc))">
        <span class="authors">
          <xsl:text>by </xsl:text>
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="c:authors($doc)"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:otherwise><span class="no-parties">—</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
