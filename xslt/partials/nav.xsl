<?xml version="1.0" encoding="UTF-8"?>
<!--
  partials/nav.xsl: the site header (banner landmark) with the edition title and the main
  navigation.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:c="urn:corresp"
    exclude-result-prefixes="#all">

  <!-- The pages of the navigation: file and label, in display order. -->
  <xsl:variable name="c:nav-pages" as="map(xs:string, xs:string)*" select="
      map { 'href': 'index.html',   'label': 'Documents' },
      map { 'href': 'persons.html', 'label': 'Persons' },
      map { 'href': 'places.html',  'label': 'Places' },
      map { 'href': 'orgs.html',    'label': 'Organisations' },
      map { 'href': 'network.html', 'label': 'Network' }"/>

  <xsl:template name="c:nav">
    <!-- The navigation entry of the current page's section, marked with aria-current:
         "page" on that page itself, "true" on the pages below it (persons/<id>.html). -->
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="page" as="xs:string" select="''"/>
    <header class="site">
      <p class="edition-title"><a href="index.html"><xsl:value-of select="$title"/></a></p>
      <nav aria-label="Main">
        <ul>
          <xsl:for-each select="$c:nav-pages">
            <li>
              <a href="{?href}">
                <xsl:if test="?href = $current">
                  <xsl:attribute name="aria-current" select="if ($page = ?href) then 'page' else 'true'"/>
                </xsl:if>
                <xsl:value-of select="?label"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </header>
  </xsl:template>

</xsl:stylesheet>
