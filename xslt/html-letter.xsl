<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-letter.xsl: one page per document, <id>.html: title, metadata (date, type, parties,
  places of writing and receipt, source), the summary with its names linked to the register
  pages, a citation, the TEI file to download (tei/<id>.xml, a copy of the source file), and
  links to the previous and next document in date order (the order of index.html) and to the
  previous and next letter of the same correspondence (the same senders and recipients, in
  either direction; see c:pair-key).
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Context item: the letter; $nav its neighbours (c:nav, see c:nav). -->
  <xsl:template name="c:letter-page">
    <xsl:param name="nav" as="element(c:nav)"/>
    <xsl:variable name="doc" select="." as="document-node()"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="href" select="c:doc-href($doc)"/>
      <xsl:with-param name="page-title" select="c:heading($doc)"/>
      <xsl:with-param name="body-class" select="'document'"/>
      <!-- For templates an edition overrides (c:footer-extra): the letter of this page. -->
      <xsl:with-param name="c:doc" select="$doc" tunnel="yes"/>
      <xsl:with-param name="content" as="node()*">
        <article class="document" id="{c:id($doc)}">
          <h1><xsl:value-of select="c:heading($doc)"/></h1>
          <xsl:call-template name="c:letter-metadata">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
          <xsl:call-template name="c:letter-summary">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
          <xsl:call-template name="c:letter-text">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
          <xsl:call-template name="c:cite-download">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
        </article>
        <xsl:call-template name="c:prev-next">
          <xsl:with-param name="nav" select="$nav"/>
        </xsl:call-template>
        <xsl:call-template name="c:correspondence-nav">
          <xsl:with-param name="nav" select="$nav/c:correspondence"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- tei/<id>.xml: the document's TEI file, character for character, so that readers can
       download what the page is made from. -->
  <xsl:template name="c:tei-file">
    <xsl:result-document href="tei/{c:id(.)}.xml" method="text" encoding="UTF-8">
      <xsl:value-of select="unparsed-text((document-uri(.), base-uri(.))[1])"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="c:letter-metadata">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="date" select="c:date($doc)"/>
    <dl class="metadata">
      <dt>Date</dt>
      <dd>
        <xsl:call-template name="c:date-cell">
          <xsl:with-param name="date" select="$date"/>
        </xsl:call-template>
        <xsl:if test="c:iso($date) ne '' and c:iso($date) ne normalize-space($date)">
          <span class="iso"> (<xsl:value-of select="c:iso($date)"/>)</span>
        </xsl:if>
      </dd>
      <xsl:if test="exists(c:doctype($doc))">
        <dt>Type</dt>
        <dd class="type"><xsl:value-of select="c:doctype($doc)"/></dd>
      </xsl:if>
      <xsl:if test="exists(c:subjects($doc))">
        <dt>Subject</dt>
        <dd class="subject"><xsl:value-of select="c:subjects($doc)" separator="; "/></dd>
      </xsl:if>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Sent by'"/>
        <xsl:with-param name="class" select="'senders'"/>
        <xsl:with-param name="names" select="c:senders($doc)"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Place of writing'"/>
        <xsl:with-param name="class" select="'place-sent'"/>
        <xsl:with-param name="names" select="c:actions($doc, 'sent')/placeName"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Received by'"/>
        <xsl:with-param name="class" select="'recipients'"/>
        <xsl:with-param name="names" select="c:recipients($doc)"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Place of receipt'"/>
        <xsl:with-param name="class" select="'place-received'"/>
        <xsl:with-param name="names" select="c:actions($doc, 'received')/placeName"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Transmitted by'"/>
        <xsl:with-param name="class" select="'intermediaries'"/>
        <xsl:with-param name="names" select="c:intermediaries($doc)"/>
      </xsl:call-template>
      <!-- the other actions TEI names: a letter forwarded or redirected on its way -->
      <xsl:for-each select="'forwarded', 'redirected'">
        <xsl:variable name="type" select="."/>
        <xsl:call-template name="c:names-entry">
          <xsl:with-param name="label" select="if ($type = 'forwarded') then 'Forwarded by' else 'Redirected by'"/>
          <xsl:with-param name="class" select="$type"/>
          <xsl:with-param name="names" select="c:parties($doc, $type)"/>
        </xsl:call-template>
        <xsl:call-template name="c:names-entry">
          <xsl:with-param name="label" select="if ($type = 'forwarded') then 'Forwarded from' else 'Redirected from'"/>
          <xsl:with-param name="class" select="'place-' || $type"/>
          <xsl:with-param name="names" select="c:actions($doc, $type)/placeName"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Participants'"/>
        <xsl:with-param name="class" select="'participants'"/>
        <xsl:with-param name="names" select="c:participants($doc)"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Author'"/>
        <xsl:with-param name="class" select="'authors'"/>
        <xsl:with-param name="names" select="c:authors($doc)"/>
      </xsl:call-template>
      <xsl:for-each select="$doc/TEI/teiHeader/profileDesc/correspDesc[not(@type = 'enclosure')]/note[normalize-space()]">
        <dt>Note</dt>
        <dd class="corresp-note"><xsl:apply-templates mode="c:render"/></dd>
      </xsl:for-each>
      <xsl:for-each select="$doc/TEI/teiHeader/profileDesc/correspDesc[@type = 'enclosure']">
        <dt>Enclosed letter</dt>
        <dd class="enclosure">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="correspAction[@type = 'sent']/(persName | orgName)"/>
            <xsl:with-param name="identify" select="true()"/>
          </xsl:call-template>
          <xsl:text> → </xsl:text>
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="correspAction[@type = 'received']/(persName | orgName)"/>
            <xsl:with-param name="identify" select="true()"/>
          </xsl:call-template>
        </dd>
      </xsl:for-each>
      <dt>Source</dt>
      <dd class="source">
        <xsl:apply-templates select="c:source-bibl($doc)" mode="c:citation"/>
      </dd>
    </dl>
  </xsl:template>

  <!-- A <dt>/<dd> pair for a list of names; nothing when the list is empty. -->
  <xsl:template name="c:names-entry">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="names" as="element()*"/>
    <xsl:if test="exists($names)">
      <dt><xsl:value-of select="$label"/></dt>
      <dd class="{$class}">
        <xsl:call-template name="c:name-list">
          <xsl:with-param name="names" select="$names"/>
          <xsl:with-param name="identify" select="true()"/>
        </xsl:call-template>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- The source citation: the entry's title as the listing gave it, the periodical it names,
       the collection, what the listing identifies it by (a number, a shelfmark, a lot), its
       notes (a page, "[Excerpts]", a record's fields), and where in the input it was read. -->
  <xsl:template match="bibl" mode="c:citation">
    <cite class="entry-title"><xsl:value-of select="normalize-space(title[@type = 'entry'])"/></cite>
    <xsl:for-each select="relatedItem[@type = 'source']//title">
      <xsl:text>; published in </xsl:text>
      <cite class="published-in"><xsl:value-of select="normalize-space(.)"/></cite>
    </xsl:for-each>
    <xsl:variable name="cited" select="normalize-space((title[@type = 'entry'], relatedItem[@type = 'source']//title)[last()])"/>
    <xsl:for-each select="relatedItem[@type = 'collection']//title">
      <xsl:value-of select="if (ends-with($cited, '.')) then ' Collection: ' else '. Collection: '"/>
      <cite class="collection"><xsl:value-of select="normalize-space(.)"/></cite>
    </xsl:for-each>
    <!-- (no second stop after a title that ends in one: "… Patavii, 20 Ian. 1519.") -->
    <xsl:if test="not(ends-with(normalize-space((title[@type = 'entry'], relatedItem[@type = 'source']//title,
                  relatedItem[@type = 'collection']//title)[last()]), '.'))">
      <xsl:text>.</xsl:text>
    </xsl:if>
    <xsl:for-each select="idno[not(@type = 'key')][normalize-space()]">
      <xsl:text> </xsl:text>
      <span class="idno {@type}">
        <xsl:value-of select="(map { 'number': 'No.', 'shelfmark': 'Shelfmark:' }(string(@type)), @type || ':')[1]"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="normalize-space(.)"/>
      </span>
      <xsl:if test="not(ends-with(normalize-space(.), '.'))">.</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="note[@type = ('title', 'record')][normalize-space()]">
      <xsl:text> </xsl:text>
      <span class="note"><xsl:value-of select="normalize-space(.)"/></span>
      <xsl:if test="not(ends-with(normalize-space(.), '.'))">.</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="note[@type = 'input']">
      <xsl:text> </xsl:text>
      <span class="input">(<xsl:value-of select="normalize-space(.)"/>)</span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="c:letter-summary">
    <xsl:param name="doc" as="document-node()"/>
    <section class="summary">
      <h2>Summary</h2>
      <xsl:choose>
        <xsl:when test="exists(c:summary($doc))">
          <xsl:apply-templates select="c:summary($doc)/*" mode="c:render"/>
        </xsl:when>
        <xsl:otherwise>
          <p class="no-summary">The listing gives no summary.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The letter's own text, where the TEI has one (an edition text's transcription, or an
       editor's): its paragraphs, opener and closer, names linked as in the summary. A body
       that only marks the text as not transcribed (a gap) shows nothing. -->
  <xsl:template name="c:letter-text">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="body" select="$doc/TEI/text/body"/>
    <xsl:if test="exists($body//text()[normalize-space()])">
      <section class="text">
        <h2>Text</h2>
        <xsl:apply-templates select="$body/node()" mode="c:render"/>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- How to cite the page (the edition's settings, no access date: pages must not change
       from run to run), and the TEI file. -->
  <xsl:template name="c:cite-download">
    <xsl:param name="doc" as="document-node()"/>
    <section class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite and download</h2>
      <p class="citation">
        <xsl:text>“</xsl:text>
        <xsl:value-of select="c:heading($doc)"/>
        <xsl:text>”</xsl:text>
        <xsl:if test="normalize-space($title)">
          <xsl:text>, in: </xsl:text>
          <cite><xsl:value-of select="normalize-space($title)"/></cite>
        </xsl:if>
        <xsl:if test="normalize-space($editor)">
          <xsl:text>, edited by </xsl:text>
          <xsl:value-of select="normalize-space($editor)"/>
        </xsl:if>
        <xsl:text>.</xsl:text>
        <xsl:if test="normalize-space($base_url)">
          <xsl:text> </xsl:text>
          <span class="url"><xsl:value-of select="normalize-space($base_url) || c:doc-href($doc)"/></span>
        </xsl:if>
      </p>
      <p class="download">
        <a href="tei/{c:id($doc)}.xml" type="application/tei+xml" download="{c:id($doc)}.xml">TEI file of this document</a>
        <xsl:text> (XML, TEI P5)</xsl:text>
      </p>
    </section>
  </xsl:template>

  <!-- A letter's neighbours, from $c:facts: previous and next in date order, and within its
       correspondence (the same senders and recipients, in either direction; see c:pair-key)
       where and how many. corresp asks for these for every letter (template c:navs) and
       renders a page again only when its letter or its neighbours changed.

         <c:nav id="…"><c:prev id="…" title="…"/><c:next …/>
           <c:correspondence n="8" of="15" between="Joseph Stalin and Mao Zedong">
             <c:prev …/><c:next …/></c:correspondence></c:nav> -->
  <xsl:function name="c:nav" as="element(c:nav)">
    <xsl:param name="position" as="xs:integer"/>
    <xsl:variable name="place" select="$c:correspondence($position)"/>
    <c:nav id="{c:fact-at($position)/@id}" file="{c:fact-at($position)/@file}">
      <xsl:for-each select="c:fact-at($position - 1)">
        <c:prev id="{@id}" title="{@title}"/>
      </xsl:for-each>
      <xsl:for-each select="c:fact-at($position + 1)">
        <c:next id="{@id}" title="{@title}"/>
      </xsl:for-each>
      <xsl:if test="exists($place) and $place?of gt 1">
        <xsl:variable name="parties" select="sort(tokenize(c:fact-at($position)/@pair, '\|') ! c:key-label(.),
                                                 (), function ($label) { lower-case($label) })"/>
        <c:correspondence n="{$place?n}" of="{$place?of}" between="{
            if (count($parties) le 1) then string($parties)
            else string-join($parties[position() lt last()], ', ') || ' and ' || $parties[last()]}">
          <!-- xs:integer: a value from a map has no static type (and $c:fact-docs[$q] with
               one would test every fact, a filter, not an index: quadratic at 100,000 letters). -->
          <xsl:for-each select="for $q in $place?prev return c:fact-at(xs:integer($q))">
            <c:prev id="{@id}" title="{@title}"/>
          </xsl:for-each>
          <xsl:for-each select="for $q in $place?next return c:fact-at(xs:integer($q))">
            <c:next id="{@id}" title="{@title}"/>
          </xsl:for-each>
        </c:correspondence>
      </xsl:if>
    </c:nav>
  </xsl:function>

  <!-- Previous / next document in date order; the first and the last page have one link. -->
  <xsl:template name="c:prev-next">
    <xsl:param name="nav" as="element(c:nav)"/>
    <nav class="prev-next" aria-label="Documents in date order">
      <p class="nav-label">
        <xsl:text>In date order · </xsl:text>
        <a class="up" href="index.html#{$nav/@id}">All documents</a>
      </p>
      <xsl:call-template name="c:prev-next-links">
        <xsl:with-param name="nav" select="$nav"/>
        <xsl:with-param name="rel" select="true()"/>
      </xsl:call-template>
    </nav>
  </xsl:template>

  <xsl:template name="c:prev-next-links">
    <xsl:param name="nav" as="element()"/>
    <xsl:param name="rel" as="xs:boolean" select="false()"/>
    <xsl:for-each select="$nav/c:prev">
      <a>
        <xsl:if test="$rel"><xsl:attribute name="rel">prev</xsl:attribute></xsl:if>
        <xsl:attribute name="class">prev</xsl:attribute>
        <xsl:attribute name="href" select="@id || '.html'"/>
        <xsl:text>← </xsl:text>
        <xsl:value-of select="@title"/>
      </a>
    </xsl:for-each>
    <xsl:for-each select="$nav/c:next">
      <a>
        <xsl:if test="$rel"><xsl:attribute name="rel">next</xsl:attribute></xsl:if>
        <xsl:attribute name="class">next</xsl:attribute>
        <xsl:attribute name="href" select="@id || '.html'"/>
        <xsl:value-of select="@title"/>
        <xsl:text> →</xsl:text>
      </a>
    </xsl:for-each>
  </xsl:template>

  <!-- Previous / next letter between the same parties, and where this one stands among them.
       Nothing for a document that belongs to no correspondence or is its only letter. -->
  <xsl:template name="c:correspondence-nav">
    <xsl:param name="nav" as="element(c:correspondence)?"/>
    <xsl:for-each select="$nav">
      <nav class="prev-next correspondence" aria-label="Letters between {@between}">
        <p class="nav-label">
          <xsl:value-of select="'Letter ' || @n || ' of ' || @of || ' between ' || @between"/>
        </p>
        <xsl:call-template name="c:prev-next-links">
          <xsl:with-param name="nav" select="."/>
        </xsl:call-template>
      </nav>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
