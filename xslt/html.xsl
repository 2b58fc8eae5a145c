<?xml version="1.0" encoding="UTF-8"?>
<!--
  html.xsl: the HTML edition.

  Entry point: the initial template (xsl:initial-template); no source document is needed, the
  letters are read from $tei-dir (see common.xsl). Every page is an xsl:result-document
  relative to the base output URI, which the caller sets to the output directory:

    index.html        all documents in date order           (html-index.xsl)
    <id>.html         one page per document                  (html-letter.xsl)
    persons.html,
    places.html,
    orgs.html         the registers with their occurrences   (html-register.xsl)
    corresp.css       copied from assets/corresp.css

  Links are relative and there are no external resources, so the pages work opened from disk.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:include href="partials/head.xsl"/>
  <xsl:include href="partials/nav.xsl"/>
  <xsl:include href="partials/footer.xsl"/>
  <xsl:include href="partials/tei.xsl"/>
  <xsl:include href="html-index.xsl"/>
  <xsl:include href="html-letter.xsl"/>
  <xsl:include href="html-register.xsl"/>

  <!-- HTML5 serialisation: <!DOCTYPE html>; include-content-type="no" because the head
       already has <meta charset="utf-8">. Indentation is deterministic, so it is kept for
       readable pages. (Saxon also breaks long lines of text at spaces; in HTML that is the
       same text. Its saxon:line-length to stop that is not available in Saxon-HE.) -->
  <xsl:output name="c:html" method="html" html-version="5.0" encoding="UTF-8"
      include-content-type="no" indent="yes"/>

  <!-- The principal output is not used (everything is a result document). -->
  <xsl:output method="text"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="c:index-page"/>
    <xsl:for-each select="$c:letters">
      <xsl:call-template name="c:letter-page">
        <xsl:with-param name="position" select="position()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="c:register-page">
      <xsl:with-param name="register" select="'persons'"/>
      <xsl:with-param name="entities" select="$c:persons//listPerson/person"/>
    </xsl:call-template>
    <xsl:call-template name="c:register-page">
      <xsl:with-param name="register" select="'places'"/>
      <xsl:with-param name="entities" select="$c:places//listPlace/place"/>
    </xsl:call-template>
    <xsl:call-template name="c:register-page">
      <xsl:with-param name="register" select="'orgs'"/>
      <xsl:with-param name="entities" select="$c:orgs//listOrg/org"/>
    </xsl:call-template>
    <xsl:call-template name="c:stylesheet-file"/>
  </xsl:template>

  <!-- One HTML page: head, site navigation, the page's content in <main>, footer. -->
  <xsl:template name="c:page">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="page-title" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="body-class" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:result-document href="{$href}" format="c:html">
      <html lang="en">
        <xsl:call-template name="c:head">
          <xsl:with-param name="page-title" select="$page-title"/>
        </xsl:call-template>
        <body class="{$body-class}">
          <xsl:call-template name="c:nav">
            <xsl:with-param name="current" select="$current"/>
          </xsl:call-template>
          <main>
            <xsl:sequence select="$content"/>
          </main>
          <xsl:call-template name="c:footer">
            <xsl:with-param name="page" select="tokenize($body-class)[1]"/>
          </xsl:call-template>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- The stylesheet is a file of the project (xslt/assets/corresp.css), written next to the
       pages so that they find it by a relative link. -->
  <xsl:template name="c:stylesheet-file">
    <xsl:result-document href="corresp.css" method="text" encoding="UTF-8">
      <xsl:value-of select="unparsed-text(resolve-uri('assets/corresp.css', static-base-uri()), 'UTF-8')"/>
    </xsl:result-document>
  </xsl:template>

  <!-- ==== helpers shared by the page modules ==== -->

  <!-- The link to a document page. -->
  <xsl:function name="c:doc-href" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="c:id($node) || '.html'"/>
  </xsl:function>

  <!-- A document's date as written, machine-readable where possible. -->
  <xsl:template name="c:date-cell">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:choose>
      <xsl:when test="exists($date)">
        <xsl:apply-templates select="$date" mode="c:render"/>
      </xsl:when>
      <xsl:otherwise><span class="undated">undated</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names of a list (senders, participants ...) rendered as links, separated by commas. -->
  <xsl:template name="c:name-list">
    <xsl:param name="names" as="element()*"/>
    <!-- Add the register's preferred name when the name as written does not show who it is
         ("Filippov (Joseph Stalin)"). -->
    <xsl:param name="identify" as="xs:boolean" select="false()"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="c:render"/>
      <xsl:variable name="preferred" select="c:preferred(c:entity(@ref))"/>
      <xsl:if test="$identify and exists($preferred)
                    and not(contains(lower-case($preferred), lower-case(normalize-space(.))))">
        <span class="identified"> (<xsl:value-of select="$preferred"/>)</span>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Who a document is from and to, in one line: "A → B, via C, D"; for documents that are
       not letters: the participants or the author. -->
  <xsl:template name="c:parties">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="identify" as="xs:boolean" select="false()"/>
    <xsl:variable name="senders" select="c:senders($doc)"/>
    <xsl:variable name="recipients" select="c:recipients($doc)"/>
    <xsl:variable name="via" select="c:intermediaries($doc)"/>
    <xsl:choose>
      <xsl:when test="exists($senders) or exists($recipients)">
        <span class="senders">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="$senders"/>
            <xsl:with-param name="identify" select="$identify"/>
          </xsl:call-template>
        </span>
        <xsl:text> → </xsl:text>
        <span class="recipients">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="$recipients"/>
            <xsl:with-param name="identify" select="$identify"/>
          </xsl:call-template>
        </span>
        <xsl:if test="exists($via)">
          <span class="intermediaries">
            <xsl:text>, via </xsl:text>
            <xsl:call-template name="c:name-list">
              <xsl:with-param name="names" select="$via"/>
              <xsl:with-param name="identify" select="$identify"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </xsl:when>
      <xsl:when test="exists(c:participants($doc))">
        <span class="participants">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="c:participants($doc)"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:when test="exists(c:authors($doc))">
        <span class="authors">
          <xsl:text>by </xsl:text>
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="c:authors($doc)"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:otherwise><span class="no-parties">—</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
