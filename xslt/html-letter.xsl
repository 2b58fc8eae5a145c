<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-letter.xsl: one page per document, <id>.html: title, metadata (date, type, parties,
  source), the summary with its names linked to the register pages, and links to the previous
  and next document in date order (the order of index.html).
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Context item: the letter (a document node of $c:letters); $position its place there. -->
  <xsl:template name="c:letter-page">
    <xsl:param name="position" as="xs:integer"/>
    <xsl:variable name="doc" select="." as="document-node()"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="href" select="c:doc-href($doc)"/>
      <xsl:with-param name="page-title" select="c:title($doc)"/>
      <xsl:with-param name="body-class" select="'document'"/>
      <!-- For templates an edition overrides (c:footer-extra): the letter of this page. -->
      <xsl:with-param name="c:doc" select="$doc" tunnel="yes"/>
      <xsl:with-param name="content" as="node()*">
        <article class="document" id="{c:id($doc)}">
          <h1><xsl:value-of select="c:title($doc)"/></h1>
          <xsl:call-template name="c:letter-metadata">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
          <xsl:call-template name="c:letter-summary">
            <xsl:with-param name="doc" select="$doc"/>
          </xsl:call-template>
        </article>
        <xsl:call-template name="c:prev-next">
          <xsl:with-param name="prev" select="$c:letters[$position - 1]"/>
          <xsl:with-param name="next" select="$c:letters[$position + 1]"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="c:letter-metadata">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="date" select="c:date($doc)"/>
    <dl class="metadata">
      <dt>Date</dt>
      <dd>
        <xsl:call-template name="c:date-cell">
          <xsl:with-param name="date" select="$date"/>
        </xsl:call-template>
        <xsl:if test="c:iso($date) ne '' and c:iso($date) ne normalize-space($date)">
          <span class="iso"> (<xsl:value-of select="c:iso($date)"/>)</span>
        </xsl:if>
      </dd>
      <xsl:if test="exists(c:doctype($doc))">
        <dt>Type</dt>
        <dd class="type"><xsl:value-of select="c:doctype($doc)"/></dd>
      </xsl:if>
      <xsl:if test="exists(c:subjects($doc))">
        <dt>Subject</dt>
        <dd class="subject"><xsl:value-of select="c:subjects($doc)" separator="; "/></dd>
      </xsl:if>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Sent by'"/>
        <xsl:with-param name="class" select="'senders'"/>
        <xsl:with-param name="names" select="c:senders($doc)"/>
        <xsl:with-param name="places" select="c:actions($doc, 'sent')/placeName"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Received by'"/>
        <xsl:with-param name="class" select="'recipients'"/>
        <xsl:with-param name="names" select="c:recipients($doc)"/>
        <xsl:with-param name="places" select="c:actions($doc, 'received')/placeName"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Transmitted by'"/>
        <xsl:with-param name="class" select="'intermediaries'"/>
        <xsl:with-param name="names" select="c:intermediaries($doc)"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Participants'"/>
        <xsl:with-param name="class" select="'participants'"/>
        <xsl:with-param name="names" select="c:participants($doc)"/>
      </xsl:call-template>
      <xsl:call-template name="c:names-entry">
        <xsl:with-param name="label" select="'Author'"/>
        <xsl:with-param name="class" select="'authors'"/>
        <xsl:with-param name="names" select="c:authors($doc)"/>
      </xsl:call-template>
      <xsl:for-each select="$doc/TEI/teiHeader/profileDesc/correspDesc[@type = 'enclosure']">
        <dt>Enclosed letter</dt>
        <dd class="enclosure">
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="correspAction[@type = 'sent']/(persName | orgName)"/>
            <xsl:with-param name="identify" select="true()"/>
          </xsl:call-template>
          <xsl:text> → </xsl:text>
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="correspAction[@type = 'received']/(persName | orgName)"/>
            <xsl:with-param name="identify" select="true()"/>
          </xsl:call-template>
        </dd>
      </xsl:for-each>
      <dt>Source</dt>
      <dd class="source">
        <xsl:apply-templates select="c:source-bibl($doc)" mode="c:citation"/>
      </dd>
    </dl>
  </xsl:template>

  <!-- A <dt>/<dd> pair for a list of names; nothing when the list is empty. -->
  <xsl:template name="c:names-entry">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="names" as="element()*"/>
    <xsl:param name="places" as="element()*" select="()"/>
    <xsl:if test="exists($names)">
      <dt><xsl:value-of select="$label"/></dt>
      <dd class="{$class}">
        <xsl:call-template name="c:name-list">
          <xsl:with-param name="names" select="$names"/>
          <xsl:with-param name="identify" select="true()"/>
        </xsl:call-template>
        <xsl:if test="exists($places)">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="c:name-list">
            <xsl:with-param name="names" select="$places"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- The source citation: the entry's title as the listing gave it, the periodical it names,
       the collection, and where in the input it was read. -->
  <xsl:template match="bibl" mode="c:citation">
    <cite class="entry-title"><xsl:value-of select="normalize-space(title[@type = 'entry'])"/></cite>
    <xsl:for-each select="relatedItem[@type = 'source']//title">
      <xsl:text>; published in </xsl:text>
      <cite class="published-in"><xsl:value-of select="normalize-space(.)"/></cite>
    </xsl:for-each>
    <xsl:for-each select="relatedItem[@type = 'collection']//title">
      <xsl:text>. Collection: </xsl:text>
      <cite class="collection"><xsl:value-of select="normalize-space(.)"/></cite>
    </xsl:for-each>
    <xsl:text>.</xsl:text>
    <xsl:for-each select="note[@type = 'input']">
      <xsl:text> </xsl:text>
      <span class="input">(<xsl:value-of select="normalize-space(.)"/>)</span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="c:letter-summary">
    <xsl:param name="doc" as="document-node()"/>
    <section class="summary">
      <h2>Summary</h2>
      <xsl:choose>
        <xsl:when test="exists(c:summary($doc))">
          <xsl:apply-templates select="c:summary($doc)/*" mode="c:render"/>
        </xsl:when>
        <xsl:otherwise>
          <p class="no-summary">The listing gives no summary.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Previous / next document in date order; the first and the last page have one link. -->
  <xsl:template name="c:prev-next">
    <xsl:param name="prev" as="document-node()?"/>
    <xsl:param name="next" as="document-node()?"/>
    <nav class="prev-next" aria-label="Documents in date order">
      <xsl:if test="exists($prev)">
        <a rel="prev" class="prev" href="{c:doc-href($prev)}">
          <xsl:text>← </xsl:text>
          <xsl:value-of select="c:title($prev)"/>
        </a>
      </xsl:if>
      <a class="up" href="index.html#{c:id(.)}">All documents</a>
      <xsl:if test="exists($next)">
        <a rel="next" class="next" href="{c:doc-href($next)}">
          <xsl:value-of select="c:title($next)"/>
          <xsl:text> →</xsl:text>
        </a>
      </xsl:if>
    </nav>
  </xsl:template>

</xsl:stylesheet>
