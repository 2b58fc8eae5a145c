<?xml version="1.0" encoding="UTF-8"?>
<!--
  fragments-csv.xsl: a letter's rows of letters.csv (see fragments.xsl). Compiled with csv.xsl
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
    <c:csv><xsl:apply-templates select="." mode="c:csv-row"/></c:csv>
    <xsl:next-match/>
  </xsl:template>

</xsl:stylesheet>
