<?xml version="1.0" encoding="UTF-8"?>
<!--
  fragments-html.xsl: a letter's pieces of the HTML edition: its facts, its row of the index, its
  line of the search, its item in the entries' lists (see fragments.xsl). Compiled with html.xsl
  (corresp's or the edition's).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="document-node()" mode="c:fragment-pieces">
    <xsl:variable name="doc" as="element(c:doc)">
      <xsl:call-template name="c:doc-facts"/>
    </xsl:variable>
    <xsl:sequence select="$doc"/>
    <c:row><xsl:value-of select="c:index-row(.)"/></c:row>
    <c:search><xsl:value-of select="c:search-line(.)"/></c:search>
    <c:item><xsl:value-of select="c:occurrence-item-text($doc)"/></c:item>
    <xsl:next-match/>
  </xsl:template>

</xsl:stylesheet>
