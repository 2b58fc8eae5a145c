<?xml version="1.0" encoding="UTF-8"?>
<!--
  partials/footer.xsl: editor, publisher, source and licence of the edition.
  No build date on purpose: pages must be identical from run to run.

  c:footer-extra is a hook for an edition's own stylesheet (docs/customising.md): empty here,
  called at the end of every footer with the kind of page ('index', 'document', 'register');
  on a letter's page the tunnel parameter c:doc holds the letter.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:c="urn:corresp"
    exclude-result-prefixes="#all">

  <xsl:template name="c:footer">
    <!-- The kind of page: 'index', 'document' (a letter's page) or 'register'. -->
    <xsl:param name="page" as="xs:string" select="''"/>
    <footer class="site">
      <xsl:if test="normalize-space($editor)">
        <p>Edited by <xsl:value-of select="$editor"/>
          <xsl:if test="normalize-space($editor_email)">
            <xsl:text> (</xsl:text>
            <a href="mailto:{$editor_email}"><xsl:value-of select="$editor_email"/></a>
            <xsl:text>)</xsl:text>
          </xsl:if>
          <xsl:text>.</xsl:text>
          <xsl:if test="normalize-space($publisher) and $publisher ne $editor">
            <xsl:text> Published by </xsl:text>
            <xsl:value-of select="$publisher"/>
            <xsl:text>.</xsl:text>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="normalize-space($source)">
        <p>Source: <xsl:value-of select="$source"/></p>
      </xsl:if>
      <xsl:if test="normalize-space($licence)">
        <p>Metadata licence: <a rel="license" href="{$licence}"><xsl:value-of select="c:licence-label($licence)"/></a></p>
      </xsl:if>
      <xsl:call-template name="c:footer-extra">
        <xsl:with-param name="page" select="$page"/>
      </xsl:call-template>
    </footer>
  </xsl:template>

  <!-- Nothing by default: an edition's stylesheet overrides it to add to the footer. -->
  <xsl:template name="c:footer-extra">
    <xsl:param name="page" as="xs:string" select="''"/>
  </xsl:template>

</xsl:stylesheet>
