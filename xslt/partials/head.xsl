<?xml version="1.0" encoding="UTF-8"?>
<!--
  partials/head.xsl: the <head> of every HTML page.
  Plain HTML5 that works opened from disk: no external resources, one relative stylesheet,
  scripts only where a page asks for them (and the page works without them).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:c="urn:corresp"
    exclude-result-prefixes="#all">

  <xsl:template name="c:head">
    <!-- What this page is about; the edition title is appended. -->
    <xsl:param name="page-title" as="xs:string" select="''"/>
    <!-- Script files of the page (relative to the root of the edition), run after parsing. -->
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <head>
      <!-- The serializer's own Content-Type meta is switched off (include-content-type="no")
           so that this HTML5 form is the only one. -->
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="corresp"/>
      <title>
        <xsl:value-of select="string-join(($page-title, $title)[normalize-space()], ' – ')"/>
      </title>
      <link rel="stylesheet" href="corresp.css"/>
      <xsl:for-each select="$scripts">
        <script src="{.}" defer="defer"></script>
      </xsl:for-each>
    </head>
  </xsl:template>

</xsl:stylesheet>
