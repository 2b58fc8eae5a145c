<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv.xsl: letters.csv, one row per document in date order (the order of index.html).

  Entry point: the initial template; the result is the principal output (Python writes it).
  Format (RFC 4180): a header row, CRLF after every row, a field in double quotes when it
  contains a comma, a double quote, CR or LF, double quotes inside doubled; UTF-8 without BOM.

  Columns:
    id                       document id (= file name of the TEI and of the HTML page)
    date                     ISO date; a range as start/end, '..' for an open end
    date_text                the date as written in the listing
    type                     document type, the key of the doctype vocabulary (cable, notes ...)
    senders                  names as written ("Filippov", not "Joseph Stalin"): the identity is
    recipients                 in the *_ids columns and in the register
    intermediaries           [via X]: names in the order the letter travelled
    participants_or_authors  participants of a conversation, else the author(s) of notes
    places                   places named in the summary and in the correspActions: the
                               register's preferred names, each once, in order of occurrence
    title                    the entry's title as the listing gave it
    subject                  subject terms
    summary                  the summary, whitespace normalised
    sender_ids               authority URI of each sender's register entry (GND, VIAF, BnF,
    recipient_ids              LC, NDL, else Wikidata), in the order of the names; '' where a
                               party has none, so the lists stay aligned with the names
    source                   input file and lines the entry was read from
  Several values in one cell are joined by '|' (as csv2cmi expects).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8" byte-order-mark="no"/>

  <xsl:variable name="c:csv-header" as="xs:string+" select="
      'id', 'date', 'date_text', 'type', 'senders', 'recipients', 'intermediaries',
      'participants_or_authors', 'places', 'title', 'subject', 'summary',
      'sender_ids', 'recipient_ids', 'source'"/>

  <!-- Separator of several values in one cell. -->
  <xsl:variable name="c:multi" as="xs:string" select="'|'"/>

  <xsl:template name="xsl:initial-template">
    <xsl:value-of select="c:csv-row($c:csv-header)"/>
    <xsl:apply-templates select="$c:letters" mode="c:csv-row"/>
  </xsl:template>

  <xsl:template match="document-node()" mode="c:csv-row">
    <xsl:variable name="date" select="c:date(.)"/>
    <xsl:variable name="fields" as="xs:string+" select="
        c:id(.),
        c:iso($date),
        normalize-space($date),
        string((c:doctype(.)/@key, c:doctype(.))[1]),
        c:join-names(c:senders(.), $c:multi),
        c:join-names(c:recipients(.), $c:multi),
        c:join-names(c:intermediaries(.), $c:multi),
        c:join-names((c:participants(.), c:authors(.)), $c:multi),
        string-join(c:distinct(c:places(.) ! c:display-name(.)), $c:multi),
        c:entry-title(.),
        string-join(c:subjects(.), $c:multi),
        normalize-space(c:summary(.)),
        c:ids(c:senders(.)),
        c:ids(c:recipients(.)),
        normalize-space(c:source-bibl(.)/note[@type = 'input'][1])"/>
    <xsl:value-of select="c:csv-row($fields)"/>
  </xsl:template>

  <!-- Places named in the correspActions and in the summary, in document order. -->
  <xsl:function name="c:places" as="element(tei:placeName)*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/TEI/teiHeader/profileDesc/(correspDesc/correspAction | abstract)//placeName"/>
  </xsl:function>

  <!-- One authority URI per name ('' for none), aligned with the names. -->
  <xsl:function name="c:ids" as="xs:string">
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence select="string-join($names ! string(c:any-authority(c:entity(@ref))), $c:multi)"/>
  </xsl:function>

  <xsl:function name="c:csv-row" as="xs:string">
    <xsl:param name="fields" as="xs:string*"/>
    <xsl:sequence select="string-join($fields ! c:csv-field(.), ',') || '&#13;&#10;'"/>
  </xsl:function>

  <xsl:function name="c:csv-field" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="
        if (matches($value, '[,&quot;&#13;&#10;]'))
        then '&quot;' || replace($value, '&quot;', '&quot;&quot;') || '&quot;'
        else $value"/>
  </xsl:function>

</xsl:stylesheet>
