<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-index.xsl: index.html, the calendar: every document in date order, a timeline of
  documents per period, and (with corresp.js) a search box, filters and sortable columns.

  Without JavaScript the page is the complete table; the filter form is hidden until the
  script shows it. The script reads what it filters on from the rows' data- attributes:

    data-period          month or year of the date (see c:period), absent when undated
    data-type            document type key (c:type-key)
    data-correspondents  senders and recipients (entity page paths, space-separated)
    data-places          places the document names in any role (entity page paths)

  and the words to search from search-index.js (c:search-file). Filter values in the URL
  (index.html?q=…&correspondent=…&from=…&to=…&type=…&place=…&sort=…) are these same values.
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Where the rows of the table go (and the lines of search-index.js): corresp puts in what
       it made per letter; c:index-row and c:search-line make them. -->
  <xsl:variable name="c:rows-mark" as="xs:string" select="'&lt;!--corresp-rows--&gt;'"/>
  <xsl:variable name="c:lines-mark" as="xs:string" select="'/*corresp-lines*/'"/>

  <!-- index.html, written as text: the page with c:rows-mark where its rows go, filled with
       $rows when given (else corresp fills it). -->
  <xsl:template name="c:index-page">
    <xsl:param name="rows" as="xs:string?" select="()"/>
    <xsl:variable name="total" select="xs:integer($c:tally/*/@docs)"/>
    <xsl:variable name="page" as="element()">
    <xsl:call-template name="c:page-tree">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="page-title" select="'Documents'"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body-class" select="'index'"/>
      <xsl:with-param name="scripts" select="'search-index.js', 'corresp.js'"/>
      <xsl:with-param name="content" as="node()*">
        <h1><xsl:value-of select="($title[normalize-space()], 'Documents')[1]"/></h1>
        <p class="count">
          <xsl:value-of select="c:count($total, 'document')"/>
          <xsl:text>, in date order.</xsl:text>
        </p>
        <xsl:call-template name="c:timeline">
          <xsl:with-param name="id" select="'timeline'"/>
          <xsl:with-param name="title" select="'Documents per ' || $c:granularity"/>
          <xsl:with-param name="bars" select="c:tally-bars()"/>
          <xsl:with-param name="caption" as="node()*">
            <p>
              <xsl:text>Documents per </xsl:text>
              <xsl:value-of select="$c:granularity"/>
              <xsl:text>. Select a bar to list that </xsl:text>
              <xsl:value-of select="$c:granularity"/>
              <xsl:text>’s documents.</xsl:text>
              <xsl:variable name="outside" select="$total - sum(c:tally-periods()/@docs ! xs:integer(.))"/>
              <xsl:if test="$outside gt 0">
                <xsl:text> Not shown: </xsl:text>
                <xsl:value-of select="c:count($outside, 'document')"/>
                <xsl:text> without a </xsl:text>
                <xsl:value-of select="if ($c:granularity = 'month') then 'known month' else 'date'"/>
                <xsl:text>.</xsl:text>
              </xsl:if>
            </p>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="c:filter-form"/>
        <table class="documents" id="documents" data-granularity="{$c:granularity}">
          <caption class="visually-hidden">Documents</caption>
          <thead>
            <tr>
              <th scope="col" data-sort="date">Date</th>
              <th scope="col" data-sort="parties">Parties</th>
              <th scope="col" data-sort="type">Type</th>
              <th scope="col" data-sort="title">Title</th>
            </tr>
          </thead>
          <tbody>
            <xsl:comment>corresp-rows</xsl:comment>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
    </xsl:variable>
    <xsl:result-document href="index.html" method="text" encoding="UTF-8">
      <xsl:variable name="text" select="serialize($page, $c:html-serialization)"/>
      <xsl:value-of select="if (exists($rows)) then replace($text, $c:rows-mark, $rows, 'q') else $text"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

  <!-- The search box and the filters. Hidden without JavaScript (they would do nothing);
       corresp.js shows them. Every control has a visible label. -->
  <xsl:template name="c:filter-form">
    <form class="filters" id="filters" role="search" aria-label="Search and filter the documents" hidden="hidden">
      <div class="field search">
        <label for="f-q">Search titles, summaries and names</label>
        <input type="search" id="f-q" name="q" autocomplete="off" spellcheck="false"/>
      </div>
      <xsl:call-template name="c:filter-select">
        <xsl:with-param name="name" select="'correspondent'"/>
        <xsl:with-param name="label" select="'Correspondent'"/>
        <xsl:with-param name="all" select="'All correspondents'"/>
        <xsl:with-param name="options" select="$c:correspondents"/>
      </xsl:call-template>
      <xsl:variable name="periods" select="$c:periods ! map { 'key': ., 'label': c:period-label(.) }"/>
      <xsl:call-template name="c:filter-select">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="label" select="'From'"/>
        <xsl:with-param name="all" select="'Earliest'"/>
        <xsl:with-param name="options" select="$periods"/>
      </xsl:call-template>
      <xsl:call-template name="c:filter-select">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="label" select="'To'"/>
        <xsl:with-param name="all" select="'Latest'"/>
        <xsl:with-param name="options" select="$periods"/>
      </xsl:call-template>
      <xsl:call-template name="c:filter-select">
        <xsl:with-param name="name" select="'type'"/>
        <xsl:with-param name="label" select="'Type'"/>
        <xsl:with-param name="all" select="'All types'"/>
        <xsl:with-param name="options" select="$c:type-facet"/>
      </xsl:call-template>
      <xsl:call-template name="c:filter-select">
        <xsl:with-param name="name" select="'place'"/>
        <xsl:with-param name="label" select="'Place named'"/>
        <xsl:with-param name="all" select="'All places'"/>
        <xsl:with-param name="options" select="$c:place-facet"/>
      </xsl:call-template>
      <div class="actions">
        <button type="reset" id="f-clear">Clear</button>
        <p class="hits" id="hits" role="status" aria-live="polite"></p>
      </div>
    </form>
  </xsl:template>

  <!-- A labelled select; $options are maps { key, label, count? }. -->
  <xsl:template name="c:filter-select">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="all" as="xs:string"/>
    <xsl:param name="options" as="map(xs:string, item())*"/>
    <div class="field {$name}">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <select id="f-{$name}" name="{$name}">
        <option value=""><xsl:value-of select="$all"/></option>
        <xsl:for-each select="$options">
          <option value="{?key}">
            <xsl:value-of select="?label"/>
            <xsl:if test="exists(?count)"> (<xsl:value-of select="?count"/>)</xsl:if>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <!-- One row per document, as HTML text; the row id is the document id, so index.html#<id>
       works. The script filters on the data- attributes (data-month and data-year: the
       table's data-granularity says which the timeline and the date filter use). -->
  <xsl:function name="c:index-row" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="key" select="c:sort-key(c:date($doc))"/>
    <xsl:variable name="row" as="element()">
      <tr id="{c:id($doc)}">
        <xsl:for-each select="c:key-month($key)">
          <xsl:attribute name="data-month" select="."/>
        </xsl:for-each>
        <xsl:for-each select="c:key-year($key)">
          <xsl:attribute name="data-year" select="."/>
        </xsl:for-each>
        <xsl:if test="c:type-key($doc) ne ''">
          <xsl:attribute name="data-type" select="c:type-key($doc)"/>
        </xsl:if>
        <xsl:attribute name="data-correspondents"
            select="c:distinct((c:senders($doc), c:recipients($doc)) ! c:party-key(.)[not(starts-with(., 'name:'))])"/>
        <xsl:attribute name="data-places"
            select="c:distinct($doc//(persName | placeName | orgName)[@ref] ! c:entity(@ref) ! c:entity-page(.)
                               [starts-with(., 'places/')])"/>
        <td class="date">
          <xsl:call-template name="c:date-cell">
            <xsl:with-param name="date" select="c:date($doc)"/>
          </xsl:call-template>
        </td>
        <td class="parties">
          <xsl:call-template name="c:parties">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
        </td>
        <td class="type"><xsl:value-of select="c:doctype($doc)"/></td>
        <td class="title"><a href="{c:doc-href($doc)}"><xsl:value-of select="c:entry-heading($doc)"/></a></td>
      </tr>
    </xsl:variable>
    <xsl:sequence select="serialize($row, $c:piece-serialization)"/>
  </xsl:function>

  <!-- search-index.js: per document (id, the words the search looks in): its titles, type,
       subjects, the names of its parties as written and the preferred names of everyone and
       everything it names, and its summary. A JSON array in a script file (not inline, not
       fetched: fetch does not work from file://). serialize() escapes what JSON requires. -->
  <xsl:template name="c:search-file">
    <xsl:param name="lines" as="xs:string?" select="()"/>
    <xsl:result-document href="search-index.js" method="text" encoding="UTF-8">
      <xsl:text>/* Generated by corresp (xslt/html-index.xsl): the words corresp.js searches, per document. */&#10;</xsl:text>
      <xsl:text>window.correspSearchText = [&#10;</xsl:text>
      <xsl:value-of select="($lines, $c:lines-mark)[1]"/>
      <xsl:text>&#10;];&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

  <!-- One document's line of search-index.js: [id, the words]. serialize() escapes what JSON requires. -->
  <xsl:function name="c:search-line" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="serialize([c:id($doc), c:search-text($doc)], map { 'method': 'json' })"/>
  </xsl:function>

  <xsl:function name="c:search-text" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="string-join((
        c:title($doc), c:entry-title($doc), c:doctype($doc) ! normalize-space(.), c:subjects($doc),
        (c:senders($doc), c:recipients($doc), c:intermediaries($doc), c:participants($doc), c:authors($doc))
          ! normalize-space(.),
        c:distinct($doc//(persName | placeName | orgName)[@ref] ! c:preferred(c:entity(@ref))),
        c:plain(c:summary($doc))), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
