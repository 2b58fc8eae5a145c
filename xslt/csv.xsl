<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv.xsl: letters.csv, one row per document in date order (the order of index.html), in the
  layout of csv2cmi (https://github.com/saw-leipzig/csv2cmi), the tool most contributors to
  correspSearch turn tables into CMIF with. `csv2cmi letters.csv - -extra-delimiter "|"`
  (with a csv2cmi.ini beside it) reads this file as it stands; corresp reads it back from
  raw/ as well (pipeline/tabular.py).

  Entry point: the initial template; the result is the principal output (Python writes it).
  Format (RFC 4180): a header row, CRLF after every row, a field in double quotes when it
  contains a comma, a double quote, CR or LF, double quotes inside doubled; UTF-8, with a
  byte order mark only when $csv_bom is 'yes' (for spreadsheet programs; csv2cmi itself
  cannot read a file that starts with one).

  No cell starts with =, +, - or @ (nor tab or CR): such a cell gets a leading ' so that no
  spreadsheet runs it as a formula (OWASP "CSV injection"); the TEI keeps the text as it was,
  and corresp drops the ' again when it reads the file.

  Columns csv2cmi reads (its README names them; the same meaning here):
    sender            the senders, each by the register's preferred name (the name the CMIF
                      gives); a name in [brackets] was supplied by an editor (TEI @cert)
    senderID          authority URI of each sender, aligned with the names ('' for none):
                      GND, VIAF, BnF, LC, NDL, else Wikidata
    senderPlace       place(s) of writing (placeName in the sent action)
    senderPlaceID     their GeoNames URIs (else Wikidata), aligned
    senderDate        the date of writing in ISO/EDTF: 1949-01-06; 1949-01?; 1949~;
                      [1949-01-05..1949-01-12] (@notBefore/@notAfter);
                      1949-01-05/1949-01-12 (@from/@to); '..' for an open end; ? is
                      @cert (not high), ~ is @precision="low", % both
    addressee, addresseeID, addresseePlace, addresseePlaceID, addresseeDate
                      the same for the received action
    edition           the edition the letter is published in: the printed edition a table
                      named (relatedItem type="edition"), else the edition's title ($title).
                      csv2cmi leaves out a row whose edition is empty.
    key               the letter's number in that edition, or its URL: $base_url + id + .html
                      (csv2cmi makes an http key the CMIF correspDesc/@ref, as corresp does)
    note              notes on the correspondence (correspDesc/note)
  corresp's own columns:
    id                document id (= file name of the TEI and of the HTML page); an enclosed
                      letter has a row of its own after its carrier, with the carrier's id
                      and type "enclosure"
    type              document type, the key of the doctype vocabulary (cable, notes ...)
    date              the document's date in ISO/EDTF, as senderDate (also for documents
                      without correspondents: statements, memoranda, notes)
    date_text         the date as written in the listing
    intermediaries    [via X]: names in the order the letter travelled
    participants      participants of a conversation
    authors           author(s) of notes and the like
    places            places named in the summary and in the correspActions: the register's
                      preferred names, each once, in order of occurrence
    title             the entry's title as the listing gave it (names there as written)
    subject           subject terms
    summary           the summary, whitespace normalised
    source            input file and lines the entry was read from
    shelfmark         what an archive identifies the letter by (bibl/idno type="shelfmark")
  Several values in one cell are joined by $csv_delimiter ('|' unless edition.toml says
  otherwise: give csv2cmi the same character with - -extra-delimiter).
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

  <xsl:variable name="c:csv2cmi-columns" as="xs:string+" select="
      'sender', 'senderID', 'senderPlace', 'senderPlaceID', 'senderDate',
      'addressee', 'addresseeID', 'addresseePlace', 'addresseePlaceID', 'addresseeDate',
      'edition', 'key', 'note'"/>
  <xsl:variable name="c:own-columns" as="xs:string+" select="
      'id', 'type', 'date', 'date_text', 'intermediaries', 'participants', 'authors',
      'places', 'title', 'subject', 'summary', 'source', 'shelfmark'"/>

  <!-- Separator of several values in one cell. -->
  <xsl:variable name="c:multi" as="xs:string" select="($csv_delimiter[. ne ''], '|')[1]"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="c:csv-header"/>
    <xsl:apply-templates select="$c:letters" mode="c:csv-row"/>
  </xsl:template>

  <!-- The byte order mark (if asked for) and the header row; corresp adds the rows it made per
       letter (xslt/fragments.xsl). -->
  <xsl:template name="c:csv-header">
    <xsl:if test="$csv_bom = 'yes'">
      <xsl:text>&#xFEFF;</xsl:text>
    </xsl:if>
    <xsl:value-of select="c:csv-row(($c:csv2cmi-columns, $c:own-columns))"/>
  </xsl:template>

  <xsl:template match="document-node()" mode="c:csv-row">
    <xsl:variable name="date" select="c:date(.)"/>
    <xsl:variable name="own" as="xs:string+" select="
        c:id(.),
        string((c:doctype(.)/@key, c:doctype(.))[1]),
        c:edtf($date),
        normalize-space($date),
        c:cell-names(c:intermediaries(.)),
        c:cell-names(c:participants(.)),
        c:cell-names(c:authors(.)),
        string-join(c:distinct(c:places(.) ! c:display-name(.)), $c:multi),
        c:entry-title(.),
        string-join(c:subjects(.), $c:multi),
        c:plain(c:summary(.)),
        normalize-space(c:source-bibl(.)/note[@type = 'input'][1]),
        string-join(c:source-bibl(.)/idno[@type = 'shelfmark'] ! normalize-space(.), $c:multi)"/>
    <xsl:value-of select="c:csv-row((c:csv2cmi-cells(., c:actions(., 'sent')[1], c:actions(., 'received')[1],
                                                     TEI/teiHeader/profileDesc/correspDesc[not(@type = 'enclosure')]/note),
                                     $own))"/>
    <!-- An enclosed letter is a letter of its own (as in the CMIF), on the carrier's page. -->
    <xsl:for-each select="TEI/teiHeader/profileDesc/correspDesc[@type = 'enclosure']">
      <xsl:variable name="cells" select="c:csv2cmi-cells(root(.), correspAction[@type = 'sent'][1],
                                                         correspAction[@type = 'received'][1], note)"/>
      <xsl:value-of select="c:csv-row(($cells, c:id(.), 'enclosure', $cells[5],
                                       (for $i in 1 to count($c:own-columns) - 3 return '')))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The 13 csv2cmi cells of one letter (its sent and received actions). -->
  <xsl:function name="c:csv2cmi-cells" as="xs:string+">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="sent" as="element(tei:correspAction)?"/>
    <xsl:param name="received" as="element(tei:correspAction)?"/>
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:variable name="editions" select="c:source-bibl($doc)/relatedItem[@type = 'edition']/bibl"/>
    <xsl:sequence select="
        c:action-cells($sent),
        c:action-cells($received),
        if (exists($editions)) then string-join($editions/title ! normalize-space(.), $c:multi) else $title,
        (($editions/idno[@type = 'key'], $editions/ref/@target) ! normalize-space(.),
         $base_url || c:id($doc) || '.html')[1],
        normalize-space(string-join($notes, ' '))"/>
  </xsl:function>

  <!-- name, ID, place, place ID, date of one correspAction. -->
  <xsl:function name="c:action-cells" as="xs:string+">
    <xsl:param name="action" as="element(tei:correspAction)?"/>
    <xsl:variable name="names" select="$action/(persName | orgName)"/>
    <xsl:variable name="places" select="$action/placeName"/>
    <xsl:sequence select="
        c:cell-names($names),
        c:ids($names),
        c:cell-names($places),
        c:ids($places),
        c:edtf($action/date[1])"/>
  </xsl:function>

  <!-- Names for a cell: the register's preferred name; in [brackets] when an editor
       supplied it (TEI @cert below high), as csv2cmi marks a conjecture. -->
  <xsl:function name="c:cell-names" as="xs:string">
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence select="string-join($names ! (
        if (@cert and not(@cert = ('high', '1', '1.0'))) then '[' || c:display-name(.) || ']'
        else c:display-name(.)), $c:multi)"/>
  </xsl:function>

  <!-- Places named in the correspActions and in the summary, in document order. -->
  <xsl:function name="c:places" as="element(tei:placeName)*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/TEI/teiHeader/profileDesc/(correspDesc[not(@type = 'enclosure')]/correspAction | abstract)//placeName"/>
  </xsl:function>

  <!-- One authority URI per name ('' for none), aligned with the names. -->
  <xsl:function name="c:ids" as="xs:string">
    <xsl:param name="names" as="element()*"/>
    <xsl:sequence select="string-join($names ! string(c:any-authority(c:entity(@ref))), $c:multi)"/>
  </xsl:function>

  <!-- A TEI date in ISO/EDTF, as csv2cmi reads it ('' when the date has no ISO attribute):
       @when as it is; @from/@to an interval 'a/b'; @notBefore/@notAfter a set '[a..b]';
       '..' for an open end. EDTF qualifiers after each date: '?' uncertain (@cert other
       than high), '~' approximate (@precision other than high), '%' both. -->
  <xsl:function name="c:edtf" as="xs:string">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:variable name="uncertain" select="exists($date/@cert[not(. = ('high', '1', '1.0'))])"/>
    <xsl:variable name="approximate" select="exists($date/@precision[not(. = 'high')])"/>
    <xsl:variable name="q" select="if ($uncertain and $approximate) then '%' else if ($uncertain) then '?'
                                   else if ($approximate) then '~' else ''"/>
    <xsl:sequence select="
        if ($date/@when) then c:w3c($date/@when) || $q
        else if ($date/@from or $date/@to)
          then (c:w3c($date/@from) ! (. || $q), '..')[1] || '/' || (c:w3c($date/@to) ! (. || $q), '..')[1]
        else if ($date/@notBefore or $date/@notAfter)
          then '[' || (c:w3c($date/@notBefore) ! (. || $q), '')[1] || '..'
                   || (c:w3c($date/@notAfter) ! (. || $q), '')[1] || ']'
        else ''"/>
  </xsl:function>

  <xsl:function name="c:csv-row" as="xs:string">
    <xsl:param name="fields" as="xs:string*"/>
    <xsl:sequence select="string-join($fields ! c:csv-field(.), ',') || '&#13;&#10;'"/>
  </xsl:function>

  <!-- One field: made inert for spreadsheets, then quoted as RFC 4180 asks. A value that
       starts with quotes before a formula character gets one more, so that dropping one
       on reading gives the text back exactly. -->
  <xsl:function name="c:csv-field" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="inert" select="if (matches($value, '^''*[=+\-@&#9;&#13;&#10;]')) then '''' || $value else $value"/>
    <xsl:sequence select="
        if (matches($inert, '[,&quot;&#13;&#10;]'))
        then '&quot;' || replace($inert, '&quot;', '&quot;&quot;') || '&quot;'
        else $inert"/>
  </xsl:function>

</xsl:stylesheet>
