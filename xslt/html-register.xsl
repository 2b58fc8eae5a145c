<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-register.xsl: persons.html, places.html, orgs.html. One section per register entry
  (id = the entry's xml:id, so that letters link to persons.html#stalin): the preferred name,
  every name form with its type, the authority records, and the documents in which the entry
  occurs, grouped by role (sent, received, transmitted, participated in, wrote, mentioned in).
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="c:register-titles" as="map(xs:string, xs:string)"
      select="map { 'persons': 'Persons', 'places': 'Places', 'orgs': 'Organisations' }"/>

  <!-- Roles in display order, with their headings. Roles not listed here (a correspAction
       type the contract may add later) follow in alphabetical order under their own name. -->
  <xsl:variable name="c:roles" as="map(xs:string, xs:string)*" select="
      map { 'role': 'sent',        'label': 'Sent' },
      map { 'role': 'received',    'label': 'Received' },
      map { 'role': 'transmitted', 'label': 'Transmitted' },
      map { 'role': 'participant', 'label': 'Participated in' },
      map { 'role': 'author',      'label': 'Wrote' },
      map { 'role': 'mentioned',   'label': 'Mentioned in' }"/>

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
            <!-- A table of contents, alphabetical like the entries. -->
            <nav class="register-toc" aria-label="{$c:register-titles($register)}">
              <ul>
                <xsl:for-each select="$entities">
                  <xsl:sort select="lower-case(c:preferred(.))"/>
                  <xsl:sort select="string(@xml:id)"/>
                  <li><a href="#{@xml:id}"><xsl:value-of select="c:preferred(.)"/></a></li>
                </xsl:for-each>
              </ul>
            </nav>
            <xsl:apply-templates select="$entities" mode="c:register-entry">
              <xsl:sort select="lower-case(c:preferred(.))"/>
              <xsl:sort select="string(@xml:id)"/>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="person | place | org" mode="c:register-entry">
    <section class="entity {local-name()}" id="{@xml:id}">
      <h2><xsl:value-of select="c:preferred(.)"/></h2>
      <xsl:call-template name="c:entity-names"/>
      <xsl:call-template name="c:entity-authorities"/>
      <xsl:call-template name="c:entity-occurrences"/>
    </section>
  </xsl:template>

  <!-- Every name form, preferred first, each with its type. -->
  <xsl:template name="c:entity-names">
    <h3>Names</h3>
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
  </xsl:template>

  <xsl:template name="c:entity-authorities">
    <xsl:variable name="links" select="c:authority-links(.)"/>
    <xsl:if test="exists($links)">
      <h3>Authority records</h3>
      <ul class="authorities">
        <xsl:for-each select="$links">
          <li><a class="authority" href="{?uri}"><xsl:value-of select="?label"/>: <xsl:value-of select="?uri"/></a></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The documents that point to this entry, by role, each list in date order. -->
  <xsl:template name="c:entity-occurrences">
    <xsl:variable name="key" select="c:entity-key(.)"/>
    <xsl:variable name="names" as="element()*" select="$c:letters ! key('c:refs', $key, .)"/>
    <xsl:variable name="found-roles" select="distinct-values($names ! c:role(.))"/>
    <xsl:variable name="roles" as="map(xs:string, xs:string)*" select="
        $c:roles[?role = $found-roles],
        (for $r in sort($found-roles[not(. = $c:roles?role)]) return map { 'role': $r, 'label': $r })"/>
    <h3>Documents</h3>
    <xsl:choose>
      <xsl:when test="empty($roles)">
        <p class="no-documents">No document refers to this entry.</p>
      </xsl:when>
      <xsl:otherwise>
        <dl class="occurrences">
          <xsl:for-each select="$roles">
            <xsl:variable name="role" select="?role"/>
            <xsl:variable name="in-role" select="$names[c:role(.) = $role]"/>
            <dt class="role-{$role}"><xsl:value-of select="?label"/></dt>
            <dd>
              <ul>
                <!-- $c:letters is in date order; keep the documents that contain such a name. -->
                <xsl:for-each select="$c:letters[some $n in $in-role satisfies root($n) is .]">
                  <li>
                    <xsl:call-template name="c:date-cell">
                      <xsl:with-param name="date" select="c:date(.)"/>
                    </xsl:call-template>
                    <xsl:text>: </xsl:text>
                    <a href="{c:doc-href(.)}"><xsl:value-of select="c:entry-title(.)"/></a>
                  </li>
                </xsl:for-each>
              </ul>
            </dd>
          </xsl:for-each>
        </dl>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
