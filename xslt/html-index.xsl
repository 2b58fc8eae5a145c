<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-index.xsl: index.html, the calendar: every document in date order.
  Included by html.xsl (which provides c:page, c:parties and the other helpers).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template name="c:index-page">
    <xsl:call-template name="c:page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="page-title" select="'Documents'"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body-class" select="'index'"/>
      <xsl:with-param name="content" as="node()*">
        <h1><xsl:value-of select="($title[normalize-space()], 'Documents')[1]"/></h1>
        <p class="count">
          <xsl:value-of select="count($c:letters)"/>
          <xsl:value-of select="if (count($c:letters) = 1) then ' document' else ' documents'"/>
          <xsl:text>, in date order.</xsl:text>
        </p>
        <table class="documents">
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Parties</th><th scope="col">Type</th><th scope="col">Title</th></tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="$c:letters" mode="c:index-row"/>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One row per document; the row id is the document id, so index.html#<id> works. -->
  <xsl:template match="document-node()" mode="c:index-row">
    <tr id="{c:id(.)}">
      <td class="date">
        <xsl:call-template name="c:date-cell">
          <xsl:with-param name="date" select="c:date(.)"/>
        </xsl:call-template>
      </td>
      <td class="parties">
        <xsl:call-template name="c:parties">
          <xsl:with-param name="doc" select="."/>
        </xsl:call-template>
      </td>
      <td class="type"><xsl:value-of select="c:doctype(.)"/></td>
      <td class="title"><a href="{c:doc-href(.)}"><xsl:value-of select="c:entry-title(.)"/></a></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
