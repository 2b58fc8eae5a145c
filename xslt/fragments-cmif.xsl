<?xml version="1.0" encoding="UTF-8"?>
<!--
  fragments-cmif.xsl: a letter's correspDescs in cmif.xml, and what `corresp cmif` tells about it
  (see fragments.xsl). Compiled with cmif.xsl (corresp's or the edition's).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="document-node()" mode="c:fragment-pieces">
    <c:cmif>
      <xsl:if test="c:is-letter(.)">
        <xsl:apply-templates select="." mode="c:cmif"/>
      </xsl:if>
    </c:cmif>
    <xsl:apply-templates select="." mode="c:report"/>
    <xsl:next-match/>
  </xsl:template>

</xsl:stylesheet>
