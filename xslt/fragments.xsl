<?xml version="1.0" encoding="UTF-8"?>
<!--
  fragments.xsl: what every output needs from one letter, made once per letter and cached.

  corresp (pipeline/publish.py) runs the template c:fragments on the letters that changed
  since the last run ($letter-uris) and keeps the result per letter; the aggregate files are
  then assembled from the pieces: letters.csv (the rows, in date order), cmif.xml (the
  correspDescs, in date order), the facts of the HTML edition (html-data.xsl). So a run
  after one letter changed reads one letter, not all of them, and no run holds every letter
  in memory at once (each is read with xsl:source-document and let go).

  The result, one c:fragment per letter (its pieces in any order: corresp finds them by name):

    <c:fragments>
      <c:fragment id="…" sort="1949-01-06" undated="false">
        <c:doc …/>                      the HTML facts (html-data.xsl, c:doc-facts)
        <c:row>…</c:row>                 its row of index.html (html-index.xsl, c:index-row)
        <c:search>…</c:search>           its line of search-index.js (c:search-line)
        <c:item>…</c:item>               its item in the lists of entry pages (c:occurrence-item-text)
        <c:csv>rows</c:csv>              its row(s) of letters.csv (csv.xsl, mode c:csv-row)
        <c:cmif>correspDesc…</c:cmif>    its correspDesc(s) (cmif.xsl, mode c:cmif)
        <c:report>kind	id	detail</c:report>   what `corresp cmif` tells about it
      </c:fragment>
    </c:fragments>

  Each output's pieces are made by its own stylesheet: fragments-html.xsl, fragments-csv.xsl
  and fragments-cmif.xsl, each a template in mode c:fragment-pieces that ends with
  xsl:next-match. corresp compiles this module with the three of them and corresp's html.xsl,
  csv.xsl and cmif.xsl; where the edition has its own stylesheet for an output
  (docs/customising.md), that output's pieces are made in a module of their own, with the
  edition's stylesheet: what it overrides (a function of common.xsl too) changes its output
  only. The c:fragment's attributes come from the module that makes the HTML pieces (corresp
  puts the pieces of each letter together).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- The letters to make fragments of (file URIs). -->
  <xsl:param name="letter-uris" as="xs:string*" select="()"/>

  <xsl:template name="c:fragments">
    <c:fragments>
      <xsl:for-each select="$letter-uris">
        <xsl:source-document href="{.}" streamable="no">
          <xsl:call-template name="c:fragment"/>
        </xsl:source-document>
        <xsl:text>&#10;</xsl:text>
      </xsl:for-each>
    </c:fragments>
  </xsl:template>

  <!-- Context item: one letter. -->
  <xsl:template name="c:fragment">
    <xsl:variable name="date" select="c:date(.)"/>
    <c:fragment id="{c:id(.)}" sort="{c:sort-key($date)}" undated="{c:sort-key($date) eq ''}">
      <xsl:apply-templates select="." mode="c:fragment-pieces"/>
    </c:fragment>
  </xsl:template>

  <!-- Each module of pieces (fragments-*.xsl) adds its own, then goes on to the next. -->
  <xsl:mode name="c:fragment-pieces" on-no-match="deep-skip"/>

</xsl:stylesheet>
