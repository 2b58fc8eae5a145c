<?xml version="1.0" encoding="UTF-8"?>
<!--
  partials/tei.xsl: TEI text (the summary, names in metadata) rendered as HTML, one small
  template per TEI element, in mode c:render. Elements without a template of their own are
  passed through as their content, so a TEI element the Python stages add later never loses
  words, it is only shown without markup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Unknown elements: keep the text. -->
  <xsl:mode name="c:render" on-no-match="text-only-copy"/>

  <xsl:template match="p" mode="c:render">
    <p><xsl:apply-templates mode="c:render"/></p>
  </xsl:template>

  <!-- A name linked to its register entry; the title attribute shows whom it identifies
       ("Filippov" → "Joseph Stalin"). A name whose @ref does not resolve is only marked, and
       so is a name inside a linked name (a place in an organisation's name): HTML does not
       allow a link inside a link. The inner entry's page still lists the document. -->
  <xsl:template match="persName | placeName | orgName" mode="c:render">
    <xsl:param name="c:in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="entity" select="c:entity(@ref)"/>
    <xsl:choose>
      <xsl:when test="exists($entity) and not($c:in-link)">
        <a class="{local-name()}" href="{c:entity-href($entity)}" title="{c:preferred($entity)}">
          <xsl:apply-templates mode="c:render">
            <xsl:with-param name="c:in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}">
          <xsl:if test="exists($entity)">
            <xsl:attribute name="title" select="c:preferred($entity)"/>
          </xsl:if>
          <xsl:apply-templates mode="c:render"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date: the words as written; the ISO value machine-readable (<time> only takes a single
       date, so a range goes into the title attribute). -->
  <xsl:template match="date" mode="c:render">
    <xsl:variable name="iso" select="c:iso(.)"/>
    <xsl:choose>
      <xsl:when test="@when">
        <time class="date" datetime="{c:w3c(@when)}"><xsl:apply-templates mode="c:render"/></time>
      </xsl:when>
      <xsl:when test="$iso ne ''">
        <span class="date" title="{$iso}"><xsl:apply-templates mode="c:render"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:apply-templates mode="c:render"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The structure of a letter's text (its transcription): divisions, headings, the opener
       and closer with their salutation, date line and signature. -->
  <xsl:template match="div | opener | closer | postscript" mode="c:render">
    <div class="{local-name()}"><xsl:apply-templates mode="c:render"/></div>
  </xsl:template>

  <xsl:template match="head" mode="c:render">
    <h3><xsl:apply-templates mode="c:render"/></h3>
  </xsl:template>

  <xsl:template match="salute | signed | dateline | ab" mode="c:render">
    <p class="{local-name()}"><xsl:apply-templates mode="c:render"/></p>
  </xsl:template>

  <!-- Text the edition leaves out, e.g. the not transcribed body. -->
  <xsl:template match="gap" mode="c:render">
    <span class="gap" title="{(@reason, 'omitted')[1]}">[…]</span>
  </xsl:template>

  <xsl:template match="title" mode="c:render">
    <cite><xsl:apply-templates mode="c:render"/></cite>
  </xsl:template>

  <xsl:template match="foreign" mode="c:render">
    <i>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="c:render"/>
    </i>
  </xsl:template>

  <xsl:template match="hi" mode="c:render">
    <em><xsl:apply-templates mode="c:render"/></em>
  </xsl:template>

  <xsl:template match="q | quote" mode="c:render">
    <q><xsl:apply-templates mode="c:render"/></q>
  </xsl:template>

  <!-- Of a choice, the reading (corr, reg, expan), as c:plain takes it. -->
  <xsl:template match="choice" mode="c:render">
    <xsl:apply-templates select="(corr, reg, expan, *)[1]" mode="c:render"/>
  </xsl:template>

  <!-- A note, set apart from the words around it. -->
  <xsl:template match="note" mode="c:render">
    <xsl:text> </xsl:text>
    <span class="note"><xsl:apply-templates mode="c:render"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="lb" mode="c:render">
    <br/>
  </xsl:template>

  <!-- Keep the source's line breaks inside a paragraph out of the HTML. -->
  <xsl:template match="text()" mode="c:render">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

</xsl:stylesheet>
