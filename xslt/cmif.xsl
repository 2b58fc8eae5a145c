<?xml version="1.0" encoding="UTF-8"?>
<!--
  cmif.xsl: cmif.xml, the Correspondence Metadata Interchange Format (CMIF v1.1) that
  correspSearch harvests. Entry point: the initial template; the result is the principal
  output (Python writes it).

  What CMIF v1.1 allows is narrow (see /shared/notes/encoding-facts.md and the official
  cmi-customization.rng / cmif.sch), so this stylesheet builds every element itself instead of
  copying TEI:
    - teiHeader has only fileDesc and profileDesc; text/body is exactly <body><p/></body>;
    - publicationStmt: publisher, idno type="url", date/@when, availability/licence, in that
      order;
    - one correspDesc per document with a sent AND a received action (statements, memoranda,
      notes are not letters and are left out), with @ref (the HTML page) and @source (the bibl);
    - correspAction only of type sent and received: intermediaries (transmitted) cannot be
      expressed in CMIF and are dropped;
    - names are plain text: the register's preferred name; @ref only with an authority URI the
      aggregator supports (persons, organisations: GND, VIAF, BnF, LC, NDL; places: GeoNames),
      no @cert or @evidence (the aggregator's schema allows neither on a name); the place of
      writing (and of receipt) with its GeoNames URI;
    - @cert may only be "low" (an uncertain or approximate date); dates only YYYY, YYYY-MM or
      YYYY-MM-DD;
    - xsl:message reports what the editor should know (see c:report): documents left out,
      parties and places without an id the aggregator knows, unknown sides, missing dates;
    - CMIF "v2" mentions (note/ref with a lod.academy vocabulary type) for the persons, places
      and organisations marked up in the summary that have an http(s) authority URI.
  No current-date(): the version date is the parameter $cmif_date.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xmlns="http://www.tei-c.org/ns/1.0"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <!-- Indented for people, except inside the two elements with mixed content, where
       indentation would add whitespace to the text. -->
  <xsl:output method="xml" encoding="UTF-8" indent="yes" suppress-indentation="tei:editor tei:bibl"/>

  <!-- The CMIF v2 vocabulary (written in full, as the proposal requires). -->
  <xsl:variable name="c:vocab" as="xs:string" select="'https://lod.academy/cmif/vocab/terms#'"/>

  <!-- A date attribute CMIF accepts (as c:w3c gives it: a time zone TEI allows is left out). -->
  <xsl:variable name="c:cmif-date-pattern" as="xs:string" select="'^\d{4}(-\d{2}(-\d{2})?)?$'"/>

  <!-- 'yes': the file without its letters, a processing instruction <?corresp-letters?> where
       they go (corresp puts in the correspDescs it made per letter: xslt/fragments.xsl). -->
  <xsl:param name="shell" as="xs:string" select="'no'"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="c:check-settings"/>
    <xsl:if test="$shell ne 'yes'">
      <xsl:call-template name="c:report"/>
    </xsl:if>
    <xsl:processing-instruction name="xml-model">href="https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"</xsl:processing-instruction>
    <TEI>
      <teiHeader>
        <xsl:call-template name="c:file-desc"/>
        <profileDesc>
          <xsl:choose>
            <xsl:when test="$shell = 'yes'">
              <xsl:processing-instruction name="corresp-letters"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="$c:letters[c:is-letter(.)]" mode="c:cmif"/>
            </xsl:otherwise>
          </xsl:choose>
        </profileDesc>
      </teiHeader>
      <text>
        <body>
          <p/>
        </body>
      </text>
    </TEI>
  </xsl:template>

  <!-- The settings CMIF cannot do without: stop with a message that says which one. -->
  <xsl:template name="c:check-settings">
    <xsl:variable name="settings" select="map {
        'title': $title, 'licence': $licence,
        'base_url': $base_url, 'cmif_url': $cmif_url, 'cmif_bibl_id': $cmif_bibl_id,
        'cmif_date': $cmif_date }"/>
    <xsl:variable name="missing" select="sort(map:keys($settings)[not(normalize-space($settings(.)))])"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:if test="exists($missing)">
      <xsl:message terminate="yes" error-code="c:settings">CMIF needs these settings, which are empty: <xsl:value-of select="$missing" separator=", "/> (see edition.toml)</xsl:message>
    </xsl:if>
    <xsl:if test="not($cmif_bibl_id castable as xs:NCName)">
      <xsl:message terminate="yes" error-code="c:settings">cmif_bibl_id must be an NCName (e.g. a UUID that starts with a letter): <xsl:value-of select="$cmif_bibl_id"/></xsl:message>
    </xsl:if>
    <xsl:if test="not($cmif_date castable as xs:date or $cmif_date castable as xs:dateTime)">
      <xsl:message terminate="yes" error-code="c:settings">cmif_date must be an ISO date (YYYY-MM-DD): <xsl:value-of select="$cmif_date"/></xsl:message>
    </xsl:if>
  </xsl:template>

  <xsl:template name="c:file-desc">
    <fileDesc>
      <titleStmt>
        <title><xsl:value-of select="$title"/></title>
        <editor>
          <xsl:value-of select="$editor"/>
          <xsl:if test="normalize-space($editor_email)">
            <xsl:text> </xsl:text>
            <email><xsl:value-of select="$editor_email"/></email>
          </xsl:if>
        </editor>
      </titleStmt>
      <publicationStmt>
        <publisher><xsl:value-of select="$publisher"/></publisher>
        <idno type="url"><xsl:value-of select="$cmif_url"/></idno>
        <date when="{$cmif_date}"/>
        <availability>
          <licence target="{$licence}"><xsl:value-of select="c:licence-label($licence)[. ne $licence]"/></licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <!-- The edition the letters are published in; its id never changes (the aggregator
             identifies the edition by it). The link comes last, as correspSearch asks. -->
        <bibl type="online" xml:id="{$cmif_bibl_id}">
          <xsl:value-of select="string-join(($title, $source)[normalize-space()] ! replace(normalize-space(.), '\.$', ''), '. ')"/>
          <xsl:text>. </xsl:text>
          <ref target="{$base_url}"><xsl:value-of select="$base_url"/></ref>
        </bibl>
      </sourceDesc>
    </fileDesc>
  </xsl:template>

  <!-- ==== what the editor should know ====
       One xsl:message per finding, tab-separated (kind, document id, detail), in document
       order; `corresp cmif` prints them grouped (pipeline/cmif.py):
         left-out     a document that is no letter (no sender, no recipient); detail: its type
         unknown      a letter with one side unnamed, written "Unknown"; detail: sent|received
         no-id        a party without an authority id the aggregator supports; detail:
                      sender|addressee, then the name ("+wikidata" when it has Wikidata only)
         none-identified  a letter none of whose parties has such an id
         no-geonames  a place of a correspAction without a GeoNames id; detail: the name
         no-date      a letter whose date CMIF cannot carry (none, or not ISO) -->
  <xsl:template name="c:report">
    <xsl:for-each select="$c:letters">
      <xsl:for-each select="c:report-lines(.)">
        <xsl:message select="."/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- The same findings of one letter as c:report elements (xslt/fragments.xsl). -->
  <xsl:template match="document-node()" mode="c:report">
    <xsl:for-each select="c:report-lines(.)">
      <c:report><xsl:value-of select="."/></c:report>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="c:report-lines" as="xs:string*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="id" select="c:id($doc)"/>
    <xsl:choose>
      <xsl:when test="not(c:is-letter($doc))">
        <xsl:sequence select="string-join(('left-out', $id, string((c:doctype($doc)/@key, 'document')[1])), '&#9;')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="c:report-letter($id, c:actions($doc, 'sent')[1], c:actions($doc, 'received')[1], true())"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="$doc/TEI/teiHeader/profileDesc/correspDesc[@type = 'enclosure']">
      <xsl:sequence select="c:report-letter($id || ' (enclosed letter ' || position() || ')',
                                            correspAction[@type = 'sent'][1], correspAction[@type = 'received'][1], false())"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="c:report-letter" as="xs:string*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="sent" as="element(tei:correspAction)?"/>
    <xsl:param name="received" as="element(tei:correspAction)?"/>
    <xsl:param name="dated" as="xs:boolean"/>
    <xsl:for-each select="'sent', 'received'">
      <xsl:variable name="type" select="."/>
      <xsl:variable name="action" select="if ($type = 'sent') then $sent else $received"/>
      <xsl:if test="empty($action/(persName | orgName))">
        <xsl:sequence select="string-join(('unknown', $id, $type), '&#9;')"/>
      </xsl:if>
      <xsl:for-each select="$action/(persName | orgName)[empty(c:authority(c:entity(@ref)))]">
        <xsl:sequence select="string-join(('no-id', $id, if ($type = 'sent') then 'sender' else 'addressee',
            c:display-name(.) || (if (exists(c:wikidata(c:entity(@ref)))) then ' +wikidata' else '')), '&#9;')"/>
      </xsl:for-each>
      <xsl:for-each select="$action/placeName[empty(c:authority(c:entity(@ref)))]">
        <xsl:sequence select="string-join(('no-geonames', $id, c:display-name(.)), '&#9;')"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="every $party in ($sent, $received)/(persName | orgName) satisfies empty(c:authority(c:entity($party/@ref)))">
      <xsl:sequence select="string-join(('none-identified', $id, ''), '&#9;')"/>
    </xsl:if>
    <xsl:if test="$dated and empty($sent/date[exists(c:cmif-date-attributes(.))])">
      <xsl:sequence select="string-join(('no-date', $id, normalize-space($sent/date[1])), '&#9;')"/>
    </xsl:if>
  </xsl:function>

  <!-- ==== one letter ==== -->

  <xsl:template match="document-node()" mode="c:cmif">
    <correspDesc ref="{$base_url || c:id(.) || '.html'}" source="#{$cmif_bibl_id}">
      <xsl:call-template name="c:sent-and-received">
        <xsl:with-param name="sent" select="c:actions(., 'sent')[1]"/>
        <xsl:with-param name="received" select="c:actions(., 'received')[1]"/>
      </xsl:call-template>
      <xsl:call-template name="c:mentions">
        <xsl:with-param name="doc" select="."/>
      </xsl:call-template>
    </correspDesc>
    <xsl:apply-templates select="TEI/teiHeader/profileDesc/correspDesc[@type = 'enclosure']" mode="c:cmif"/>
  </xsl:template>

  <!-- An enclosed letter ("…, Transmitting a Letter to B from C") is a letter of its own. It
       has no page of its own, so it points to the page of the letter that carried it. -->
  <xsl:template match="correspDesc[@type = 'enclosure']" mode="c:cmif">
    <correspDesc ref="{$base_url || c:id(.) || '.html'}" source="#{$cmif_bibl_id}">
      <xsl:call-template name="c:sent-and-received">
        <xsl:with-param name="sent" select="correspAction[@type = 'sent'][1]"/>
        <xsl:with-param name="received" select="correspAction[@type = 'received'][1]"/>
      </xsl:call-template>
    </correspDesc>
  </xsl:template>

  <!-- CMIF needs both actions; a side the listing does not name is "Unknown" here only. -->
  <xsl:template name="c:sent-and-received">
    <xsl:param name="sent" as="element(tei:correspAction)?"/>
    <xsl:param name="received" as="element(tei:correspAction)?"/>
    <xsl:for-each select="'sent', 'received'">
      <xsl:variable name="action" select="if (. = 'sent') then $sent else $received"/>
      <xsl:apply-templates select="$action" mode="c:cmif"/>
      <xsl:if test="empty($action)">
        <correspAction type="{.}"><persName>Unknown</persName></correspAction>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="correspAction" mode="c:cmif">
    <correspAction type="{@type}">
      <xsl:apply-templates select="persName | orgName" mode="c:cmif"/>
      <!-- Every action needs a name: an unknown party is "Unknown" (CMIF convention). -->
      <xsl:if test="empty(persName | orgName)">
        <persName>Unknown</persName>
      </xsl:if>
      <xsl:apply-templates select="placeName" mode="c:cmif"/>
      <xsl:apply-templates select="date[c:cmif-date-attributes(.)]" mode="c:cmif"/>
    </correspAction>
  </xsl:template>

  <!-- A party: the register's preferred name as plain text (CMIF allows no markup in names),
       the name as written when the register has none; @ref only with a supported authority. -->
  <!-- No @cert or @evidence on a name: the aggregator's schema allows only @ref there (an
       editor's supplied name is a plain name in CMIF). The Library of Congress's names are
       written https://lccn.loc.gov/<id>, the form the aggregator recognises. -->
  <xsl:template match="persName | orgName | placeName" mode="c:cmif">
    <xsl:variable name="authority" select="c:authority(c:entity(@ref))
        ! replace(., '^https?://id\.loc\.gov/authorities/names/([a-z]*[0-9]+).*$', 'https://lccn.loc.gov/$1')"/>
    <xsl:element name="{local-name()}">
      <xsl:if test="exists($authority)">
        <xsl:attribute name="ref" select="$authority"/>
      </xsl:if>
      <xsl:value-of select="(c:display-name(.)[. ne ''], 'Unknown')[1]"/>
    </xsl:element>
  </xsl:template>

  <!-- An approximate date (TEI @precision, EDTF "~") is as uncertain as CMIF can say:
       cert="low", as csv2cmi writes it for "~". -->
  <xsl:template match="date" mode="c:cmif">
    <date>
      <xsl:sequence select="c:cmif-date-attributes(.)"/>
      <xsl:apply-templates select="@cert | @evidence" mode="c:cmif"/>
      <xsl:if test="@precision[not(. = 'high')] and not(@cert[not(. = ('high', '1', '1.0'))])">
        <xsl:attribute name="cert">low</xsl:attribute>
      </xsl:if>
    </date>
  </xsl:template>

  <!-- The date attributes CMIF accepts (W3C dates of day, month or year precision), without the
       spaces TEI lets them have around the date. TEI forbids @when with the others, so copying
       them together stays valid. -->
  <xsl:function name="c:cmif-date-attributes" as="attribute()*">
    <xsl:param name="date" as="element(tei:date)"/>
    <xsl:for-each select="$date/(@when | @notBefore | @notAfter | @from | @to)">
      <xsl:variable name="value" select="c:w3c(.)"/>
      <xsl:if test="matches($value, $c:cmif-date-pattern)">
        <xsl:attribute name="{local-name()}" select="$value"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- CMIF allows only cert="low": anything less than certain is "low", certain is left out. -->
  <xsl:template match="@cert" mode="c:cmif">
    <xsl:if test="not(normalize-space(.) = ('high', '1', '1.0'))">
      <xsl:attribute name="cert">low</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@evidence" mode="c:cmif">
    <xsl:if test="normalize-space(.) = 'conjecture'">
      <xsl:attribute name="evidence">conjecture</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ==== CMIF v2 mentions ====
       The persons, places and organisations marked up in the summary, each once, in order of
       first mention, when the register gives an http(s) authority URI (Wikidata is accepted
       here: the aggregator's check only requires http(s) targets). The letter's own sender and
       recipient are left out: a summary names them as the actors, that is not a mention. -->
  <xsl:template name="c:mentions">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="parties" select="(c:senders($doc), c:recipients($doc)) ! c:entity(@ref)"/>
    <xsl:variable name="entities" as="element()*"
        select="c:summary($doc)//(persName | placeName | orgName) ! c:entity(@ref)"/>
    <xsl:variable name="candidates" as="element()*"
        select="$entities[not(some $p in $parties satisfies $p is .)]"/>
    <xsl:variable name="targets" select="c:distinct($candidates ! c:mention-key(.)[. ne ''])"/>
    <xsl:if test="exists($targets)">
      <note>
        <xsl:for-each select="$targets">
          <xsl:variable name="key" select="."/>
          <xsl:variable name="entity" select="$candidates[c:mention-key(.) = $key][1]"/>
          <ref type="{$c:vocab || c:mention-type($entity)}" target="{c:any-authority($entity)}">
            <xsl:value-of select="c:preferred($entity)"/>
          </ref>
        </xsl:for-each>
      </note>
    </xsl:if>
  </xsl:template>

  <!-- Type and target of a mention as one string (for de-duplication); '' when the entity has
       no http(s) authority URI. -->
  <xsl:function name="c:mention-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="uri" select="c:any-authority($entity)[matches(., '^https?://')]"/>
    <xsl:sequence select="if (exists($uri)) then c:mention-type($entity) || ' ' || $uri else ''"/>
  </xsl:function>

  <xsl:function name="c:mention-type" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="map { 'persons': 'mentionsPerson', 'places': 'mentionsPlace',
                                'orgs': 'mentionsOrg' }(c:register-name($entity))"/>
  </xsl:function>

</xsl:stylesheet>
