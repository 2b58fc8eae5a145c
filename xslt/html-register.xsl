<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-register.xsl: the registers.

    persons.html, places.html, orgs.html   one table row per entry (row id = the entry's
                                           xml:id, so persons.html#joseph-stalin works): name,
                                           other names, number of documents
    persons/<id>.html, places/<id>.html,
    orgs/<id>.html                         one page per entry: every name form with its type
                                           (pseudonyms included), the authority records, a
                                           timeline of its letters, and the documents in which
                                           it occurs, grouped by role (sent, received,
                                           transmitted, participated in, wrote, mentioned in)

  The documents of an entry come from the key c:occurrences over $c:facts (html-data.xsl):
  the work for all entries together is proportional to the number of names in the letters.
  A document's item in those lists is made once per letter (see c:fill-items).
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="c:register-titles" as="map(xs:string, xs:string)"
      select="map { 'persons': 'Persons', 'places': 'Places', 'orgs': 'Organisations' }"/>
  <xsl:variable name="c:register-nouns" as="map(xs:string, xs:string)"
      select="map { 'persons': 'person', 'places': 'place', 'orgs': 'organisation' }"/>

  <!-- Roles in display order, with their headings. Roles not listed here (a correspAction
       type the contract may add later) follow in alphabetical order under their own name. -->
  <xsl:variable name="c:roles" as="map(xs:string, xs:string)*" select="
      map { 'role': 'sent',        'label': 'Sent' },
      map { 'role': 'received',    'label': 'Received' },
      map { 'role': 'transmitted', 'label': 'Transmitted' },
      map { 'role': 'participant', 'label': 'Participated in' },
      map { 'role': 'author',      'label': 'Wrote' },
      map { 'role': 'mentioned',   'label': 'Mentioned in' }"/>

  <!-- The list page of a register (unless $list is false) and the page of each of its entries. -->
  <xsl:template name="c:register">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="entities" as="element()*"/>
    <xsl:param name="list" as="xs:boolean" select="true()"/>
    <xsl:if test="$list">
      <xsl:call-template name="c:register-page">
        <xsl:with-param name="register" select="$register"/>
        <xsl:with-param name="entities" select="$entities"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="wanted" as="map(xs:string, xs:boolean)?" select="
        if ($entity-pages eq '#all') then () else map:merge(tokenize($entity-pages) ! map { .: true() })"/>
    <xsl:for-each select="$entities[@xml:id][empty($wanted) or map:contains($wanted, c:entity-href(.))]">
      <xsl:call-template name="c:entity-page">
        <xsl:with-param name="register" select="$register"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- What each entry's page shows beyond the entry itself: the documents it lists (by id;
       corresp knows whether they changed). With the timeline's granularity and span (on
       c:navs, see c:site-navs), corresp makes again only the pages whose entry or documents
       changed. -->
  <xsl:template name="c:entity-deps">
    <xsl:if test="$deps-href ne ''">
      <xsl:result-document href="{$deps-href}" method="xml" indent="no">
        <c:deps>
          <xsl:for-each select="($c:persons//listPerson/person, $c:places//listPlace/place, $c:orgs//listOrg/org)[@xml:id]">
            <xsl:variable name="key" select="c:entity-page(.)"/>
            <c:e h="{c:entity-href(.)}">
              <xsl:apply-templates select="." mode="c:without-ids"/>
              <xsl:for-each select="key('c:occurrences', $key, $c:facts) | key('c:parties', $key, $c:facts)">
                <c:d i="{@id}"/>
              </xsl:for-each>
            </c:e>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
        </c:deps>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- An entry as c:entity-deps copies it: without xml:id (its href names it). A person and a
       place may share an id, each in its own register; in one file they would clash. -->
  <xsl:mode name="c:without-ids" on-no-match="shallow-copy"/>
  <xsl:template match="@xml:id" mode="c:without-ids"/>

  <xsl:template name="c:register-page">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="entities" as="element()*"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="href" select="$register || '.html'"/>
      <xsl:with-param name="page-title" select="$c:register-titles($register)"/>
      <xsl:with-param name="current" select="$register || '.html'"/>
      <xsl:with-param name="body-class" select="'register ' || $register"/>
      <xsl:with-param name="content" as="node()*">
        <h1><xsl:value-of select="$c:register-titles($register)"/></h1>
        <xsl:choose>
          <xsl:when test="empty($entities)">
            <p class="empty">None.</p>
          </xsl:when>
          <xsl:otherwise>
            <p class="count"><xsl:value-of select="c:count(count($entities), $c:register-nouns($register))"/>.</p>
            <table class="register">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Other names</th>
                  <th scope="col" class="number">Documents</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$entities[@xml:id]">
                  <xsl:sort select="lower-case(c:preferred(.))"/>
                  <xsl:sort select="string(@xml:id)"/>
                  <xsl:variable name="preferred" select="c:preferred(.)"/>
                  <tr id="{@xml:id}">
                    <th scope="row"><a href="{c:entity-href(.)}"><xsl:value-of select="$preferred"/></a></th>
                    <td class="names">
                      <xsl:value-of select="c:distinct(c:names(.) ! normalize-space(.))[. ne $preferred]" separator="; "/>
                    </td>
                    <td class="number">
                      <xsl:value-of select="c:document-count(.)"/>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- How many documents name an entry (see $entity-counts). -->
  <xsl:function name="c:document-count" as="xs:integer">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="if (exists($c:entity-counts)) then ($c:entity-counts(c:entity-page($entity)), 0)[1]
                          else count(key('c:occurrences', c:entity-page($entity), $c:facts))"/>
  </xsl:function>
  <xsl:variable name="c:entity-counts" as="map(xs:string, xs:integer)?" select="
      if ($entity-counts eq '') then () else
      map:merge(tokenize($entity-counts) ! map { substring-before(., '='): xs:integer(substring-after(., '=')) })"/>

  <!-- Context item: a person, place or org of a register. Its lists of documents are filled
       in the page's text (see c:fill-items), by corresp or, run on its own, here. -->
  <xsl:template name="c:entity-page">
    <xsl:param name="register" as="xs:string"/>
    <xsl:variable name="entity" select="." as="element()"/>
    <xsl:choose>
      <xsl:when test="$item-marks = 'yes'">
        <xsl:result-document href="{c:entity-href($entity)}" format="c:html">
          <xsl:call-template name="c:entity-page-tree">
            <xsl:with-param name="register" select="$register"/>
          </xsl:call-template>
        </xsl:result-document>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="page" as="element()">
          <xsl:call-template name="c:entity-page-tree">
            <xsl:with-param name="register" select="$register"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:result-document href="{c:entity-href($entity)}" method="text" encoding="UTF-8">
          <xsl:value-of select="c:fill-items(serialize($page, $c:html-serialization))"/>
        </xsl:result-document>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The html element of an entry's page (the context item), its lists as marks. -->
  <xsl:template name="c:entity-page-tree" as="element()">
    <xsl:param name="register" as="xs:string"/>
    <xsl:variable name="entity" select="." as="element()"/>
    <xsl:call-template name="c:page-tree">
      <xsl:with-param name="href" select="c:entity-href($entity)"/>
      <xsl:with-param name="page-title" select="c:preferred($entity)"/>
      <xsl:with-param name="current" select="$register || '.html'"/>
      <xsl:with-param name="body-class" select="'entity ' || $register"/>
      <xsl:with-param name="content" as="node()*">
        <article class="entity {local-name()}" id="{@xml:id}">
          <p class="kind">
            <a href="{$register}.html#{@xml:id}"><xsl:value-of select="$c:register-titles($register)"/></a>
          </p>
          <h1><xsl:value-of select="c:preferred(.)"/></h1>
          <xsl:call-template name="c:entity-names"/>
          <xsl:call-template name="c:entity-authorities"/>
          <xsl:call-template name="c:entity-timeline"/>
          <xsl:call-template name="c:entity-occurrences"/>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Every name form, preferred first, each with its type. -->
  <xsl:template name="c:entity-names">
    <section class="names">
      <h2>Names</h2>
      <ul class="names">
        <xsl:for-each select="c:names(.)[@type = 'preferred'], c:names(.)[not(@type = 'preferred')]">
          <li>
            <span class="name"><xsl:value-of select="normalize-space(.)"/></span>
            <xsl:if test="@type">
              <xsl:text> </xsl:text>
              <span class="name-type">(<xsl:value-of select="@type"/>)</span>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="c:entity-authorities">
    <xsl:variable name="links" select="c:authority-links(.)"/>
    <xsl:if test="exists($links)">
      <section class="authorities">
        <h2>Authority records</h2>
        <ul class="authorities">
          <xsl:for-each select="$links">
            <li><a class="authority" href="{?uri}"><xsl:value-of select="?label"/>: <xsl:value-of select="?uri"/></a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Persons and organisations: the letters they sent or received (the index's correspondent
       filter); places: the documents that name them (the index's place filter). Each bar
       lists its documents in the index. -->
  <xsl:template name="c:entity-timeline">
    <xsl:variable name="key" select="c:entity-page(.)"/>
    <xsl:variable name="is-place" select="exists(self::place)"/>
    <xsl:variable name="docs" select="
        if ($is-place) then key('c:occurrences', $key, $c:facts)
        else key('c:parties', $key, $c:facts)"/>
    <xsl:variable name="filter" select="(if ($is-place) then 'place=' else 'correspondent=') || $key"/>
    <xsl:variable name="what" select="
        if ($is-place) then 'Documents naming ' || c:preferred(.)
        else 'Letters sent or received by ' || c:preferred(.)"/>
    <xsl:if test="exists($docs)">
      <section class="letters-timeline">
        <h2><xsl:value-of select="if ($is-place) then 'Documents' else 'Letters'"/> over time</h2>
        <xsl:call-template name="c:timeline">
          <xsl:with-param name="id" select="'timeline'"/>
          <xsl:with-param name="title" select="$what || ', per ' || $c:granularity"/>
          <xsl:with-param name="bars" select="c:timeline-bars($docs, $filter || '&amp;')"/>
          <xsl:with-param name="size" select="'small'"/>
          <xsl:with-param name="caption" as="node()*">
            <p>
              <xsl:value-of select="$what || ', per ' || $c:granularity || '. '"/>
              <a href="index.html?{$filter}">
                <xsl:value-of select="'All ' || c:count(count($docs), if ($is-place) then 'document' else 'letter')
                                      || ' in the index'"/>
              </a>
              <xsl:text>.</xsl:text>
            </p>
          </xsl:with-param>
        </xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The documents that point to this entry, by role, each list in date order. -->
  <xsl:template name="c:entity-occurrences">
    <xsl:variable name="key" select="c:entity-page(.)"/>
    <xsl:variable name="hits" as="element()*" select="key('c:occurrences', $key, $c:facts)"/>
    <xsl:variable name="found-roles" select="distinct-values($hits ! tokenize(@o)[substring-after(., ':') = $key]
                                                                 ! substring-before(., ':'))"/>
    <xsl:variable name="roles" as="map(xs:string, xs:string)*" select="
        $c:roles[?role = $found-roles],
        (for $r in sort($found-roles[not(. = $c:roles?role)]) return map { 'role': $r, 'label': $r })"/>
    <section class="documents">
      <h2>Documents</h2>
      <xsl:choose>
        <xsl:when test="empty($roles)">
          <p class="no-documents">No document refers to this entry.</p>
        </xsl:when>
        <xsl:otherwise>
          <dl class="occurrences">
            <xsl:for-each select="$roles">
              <xsl:variable name="role" select="?role"/>
              <!-- each document once, in date order -->
              <xsl:variable name="docs" select="key('c:occurrence-roles', $role || ':' || $key, $c:facts)"/>
              <dt class="role-{$role}">
                <xsl:value-of select="?label"/>
                <span class="role-count"> (<xsl:value-of select="count($docs)"/>)</span>
              </dt>
              <dd>
                <ul><xsl:comment select="'corresp-items ' || string-join($docs/@p, ' ')"/></ul>
              </dd>
            </xsl:for-each>
          </dl>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- A document in an entry's list: its date and its title, linked. -->
  <xsl:function name="c:occurrence-item" as="element()">
    <xsl:param name="doc" as="element(c:doc)"/>
    <li>
      <xsl:sequence select="c:fact-date($doc)"/>
      <xsl:text>: </xsl:text>
      <a href="{$doc/@id}.html"><xsl:value-of select="$doc/@entry-title"/></a>
    </li>
  </xsl:function>

  <!-- An entry page lists its documents as marks, each list a line of its own: a ul whose
       only content is a comment "corresp-items 3 17" (the places of its documents in the
       facts). Each mark is replaced by the items of its documents, one per line, indented
       as the page is. The text of an item is made once per letter
       (c:occurrence-item-text): with $item-marks 'yes', corresp fills the marks with the
       items it keeps per letter (Publisher._fill_items), else this function does. Nothing a
       page shows can look like a mark: the serializer escapes '<' in text and '>' in
       attribute values. -->
  <xsl:function name="c:fill-items" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="$text" flags="m"
          regex="^( *)&lt;ul&gt;&lt;!--corresp-items ([0-9 ]+)--&gt;&lt;/ul&gt;$">
        <xsl:matching-substring>
          <xsl:variable name="indent" select="regex-group(1)"/>
          <xsl:sequence select="$indent || '&lt;ul&gt;'"/>
          <xsl:sequence select="tokenize(regex-group(2)) ! ('&#10;' || $indent || '   ' || $c:item-texts(.))"/>
          <xsl:sequence select="'&#10;' || $indent || '&lt;/ul&gt;'"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:sequence select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>
  <!-- Each document's item by its place, made once (and only when a page is filled here). -->
  <xsl:variable name="c:item-texts" as="map(xs:string, xs:string)"
      select="map:merge($c:fact-docs ! map { string(@p): c:occurrence-item-text(.) })"/>

  <!-- The item as it is written in an entry page (one folder down). -->
  <xsl:function name="c:occurrence-item-text" as="xs:string">
    <xsl:param name="doc" as="element(c:doc)"/>
    <xsl:variable name="item" as="element()">
      <xsl:apply-templates select="c:occurrence-item($doc)" mode="c:relocate">
        <xsl:with-param name="up" select="'../'" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="serialize($item, $c:piece-serialization)"/>
  </xsl:function>

</xsl:stylesheet>
