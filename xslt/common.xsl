<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: the module every corresp stylesheet includes.

  It holds, in one place:
    1. every stylesheet parameter (the edition settings of edition.toml and the location of
       the TEI), with what it means;
    2. the data: all letters, sorted, and the three registers;
    3. functions (namespace urn:corresp, prefix c:) that read the TEI the way
       docs/encoding.md defines it, so that html.xsl, csv.xsl and cmif.xsl agree on what a
       date, a sender or an authority URI is.

  Nothing here writes output. Nothing here may depend on the current date or time: the
  outputs must be byte-identical from run to run.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- ================================================================================
       1. Parameters
       Python (pipeline/transform.py) passes every one of them as a string. The edition
       settings have the names of the keys in edition.toml ([cmif] keys get a "cmif_"
       prefix). Defaults are empty strings so that a stylesheet that does not need a
       setting can run without it; cmif.xsl checks the ones CMIF cannot do without.
       ================================================================================ -->

  <!-- URI of the tei/ directory (letters/ and register/ below it), e.g.
       file:///home/me/edition/tei/ . A missing trailing slash is tolerated (see $c:tei-dir). -->
  <xsl:param name="tei-dir" as="xs:string" required="yes"/>

  <!-- Title of the edition: HTML page titles and header, CMIF titleStmt/title. -->
  <xsl:param name="title" as="xs:string" select="''"/>
  <!-- Responsible editor (CMIF titleStmt/editor) and the editor's e-mail (may be empty). -->
  <xsl:param name="editor" as="xs:string" select="''"/>
  <xsl:param name="editor_email" as="xs:string" select="''"/>
  <!-- Publisher of the edition (HTML footer, CMIF publicationStmt/publisher). -->
  <xsl:param name="publisher" as="xs:string" select="''"/>
  <!-- Licence URL of the metadata (CC BY 4.0 or CC0 1.0 for correspSearch). -->
  <xsl:param name="licence" as="xs:string" select="''"/>
  <!-- Where the HTML edition is published; a letter's URL is $base_url || id || '.html'. -->
  <xsl:param name="base_url" as="xs:string" select="''"/>
  <!-- Citation of the source the letters were listed in (HTML footer, CMIF bibl). -->
  <xsl:param name="source" as="xs:string" select="''"/>
  <!-- URL the CMIF file is served from (CMIF publicationStmt/idno type="url"). -->
  <xsl:param name="cmif_url" as="xs:string" select="''"/>
  <!-- Stable xml:id of the CMIF sourceDesc/bibl; every correspDesc/@source points to it. -->
  <xsl:param name="cmif_bibl_id" as="xs:string" select="''"/>
  <!-- Date of this version of the CMIF file (publicationStmt/date/@when). A parameter, not
       current-date(), so that the output is reproducible. -->
  <xsl:param name="cmif_date" as="xs:string" select="''"/>
  <!-- letters.csv: the character that joins several values in one cell ([csv] delimiter;
       '|' when empty), and 'yes' to start the file with a UTF-8 byte order mark ([csv] bom). -->
  <xsl:param name="csv_delimiter" as="xs:string" select="'|'"/>
  <xsl:param name="csv_bom" as="xs:string" select="'no'"/>


  <!-- ================================================================================
       2. Data
       ================================================================================ -->

  <xsl:variable name="c:tei-dir" as="xs:string"
      select="if (ends-with($tei-dir, '/')) then $tei-dir else $tei-dir || '/'"/>

  <!-- Every letter, sorted by document date, then by id (ids are unique, so the order is
       total and never depends on the order the file system lists the files in). Undated
       documents (no date, or a date without ISO attributes: "n.d.") go last. -->
  <xsl:variable name="c:letters" as="document-node()*">
    <xsl:perform-sort select="collection($c:tei-dir || 'letters/?select=*.xml')">
      <xsl:sort select="c:sort-key(c:date(.)) eq ''"/>
      <xsl:sort select="c:sort-key(c:date(.))"/>
      <xsl:sort select="c:id(.)"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:variable name="c:persons" as="document-node()?" select="c:register-doc('persons.xml')"/>
  <xsl:variable name="c:places" as="document-node()?" select="c:register-doc('places.xml')"/>
  <xsl:variable name="c:orgs" as="document-node()?" select="c:register-doc('orgs.xml')"/>
  <xsl:variable name="c:registers" as="document-node()*" select="$c:persons, $c:places, $c:orgs"/>

  <!-- Register entries (and anything else) by xml:id. -->
  <xsl:key name="c:xml-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The names in a letter by the register entry they point to (see c:entity-key), so that a
       register page can list where an entity occurs: key('c:refs', c:entity-key($e), $letter) -->
  <xsl:key name="c:refs" match="persName[@ref] | placeName[@ref] | orgName[@ref]"
      use="c:entity(@ref) ! c:entity-key(.)"/>


  <!-- ================================================================================
       3. Functions
       ================================================================================ -->

  <!-- ==== documents ==== -->

  <!-- A register file below tei-dir, or () when it does not exist (a corpus without
       organisations has no orgs.xml). -->
  <xsl:function name="c:register-doc" as="document-node()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="uri" select="$c:tei-dir || 'register/' || $name"/>
    <xsl:sequence select="if (doc-available($uri)) then doc($uri) else ()"/>
  </xsl:function>

  <!-- The id of a document (TEI/@xml:id, which is also the file name without .xml). -->
  <xsl:function name="c:id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(root($node)/TEI/@xml:id)"/>
  </xsl:function>

  <!-- The document date per the contract: the sent action's date, else creation/date. -->
  <xsl:function name="c:date" as="element(tei:date)?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="profile" select="root($node)/TEI/teiHeader/profileDesc"/>
    <xsl:sequence select="($profile/correspDesc[not(@type = 'enclosure')]/correspAction[@type = 'sent']/date,
                           $profile/creation/date)[1]"/>
  </xsl:function>

  <!-- A date attribute as the outputs give it: without the spaces TEI lets it have around the
       date, and without a time zone after a day, month or year ("1949-01-10+03:00", a W3C
       date), which neither HTML's datetime, ISO 8601 nor EDTF takes: the day stays the one the
       letter wrote. (The regular expression runs only on a value that can hold a zone, with
       a ':' or a final 'Z': run on every date of every letter, it took a sixth of the time
       it takes to make a letter's fragments.) -->
  <xsl:function name="c:w3c" as="xs:string*">
    <xsl:param name="value" as="attribute()*"/>
    <xsl:sequence select="$value ! normalize-space(.) ! (if (contains(., ':') or ends-with(., 'Z'))
                          then replace(., '^(-?\d{4,}(-\d{2}(-\d{2})?)?)(Z|[+\-]\d{2}:\d{2})$', '$1') else .)"/>
  </xsl:function>

  <!-- A string that sorts dates chronologically: the earliest ISO value the date gives.
       ISO dates of different precision sort right as strings ('1949' < '1949-01' < '1949-01-06').
       (The date attributes are read without the spaces TEI lets them have around the date.) -->
  <xsl:function name="c:sort-key" as="xs:string">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:sequence select="string(c:w3c(($date/@when, $date/@from, $date/@notBefore,
                                        $date/@to, $date/@notAfter)[1]))"/>
  </xsl:function>

  <!-- The ISO form of a date: @when, or a range 'start/end' from @from/@to or
       @notBefore/@notAfter, '..' standing for an open end (EDTF style, e.g. '../1949-01-31').
       Empty string when the date has no ISO attribute. -->
  <xsl:function name="c:iso" as="xs:string">
    <xsl:param name="date" as="element(tei:date)?"/>
    <xsl:sequence select="
        if ($date/@when) then c:w3c($date/@when)
        else if ($date/@from or $date/@to)
          then c:range($date/@from, $date/@to)
        else if ($date/@notBefore or $date/@notAfter)
          then c:range($date/@notBefore, $date/@notAfter)
        else ''"/>
  </xsl:function>

  <xsl:function name="c:range" as="xs:string">
    <xsl:param name="start" as="attribute()?"/>
    <xsl:param name="end" as="attribute()?"/>
    <xsl:sequence select="((c:w3c($start), '..')[1]) || '/' || ((c:w3c($end), '..')[1])"/>
  </xsl:function>

  <xsl:function name="c:title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="normalize-space(root($node)/TEI/teiHeader/fileDesc/titleStmt/title[1])"/>
  </xsl:function>

  <!-- The title of the entry as the listing gave it (falls back to the TEI title). -->
  <xsl:function name="c:entry-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/TEI/teiHeader/fileDesc/sourceDesc/bibl/title[@type = 'entry']
                             ! normalize-space(.)[. ne ''], c:title($node))[1]"/>
  </xsl:function>

  <xsl:function name="c:source-bibl" as="element(tei:bibl)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/fileDesc/sourceDesc/bibl[1]"/>
  </xsl:function>

  <xsl:function name="c:doctype" as="element(tei:term)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/textClass/keywords/term[@type = 'doctype'][1]"/>
  </xsl:function>

  <xsl:function name="c:subjects" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/textClass/keywords/term[@type = 'subject']
                            ! normalize-space(.)"/>
  </xsl:function>

  <xsl:function name="c:summary" as="element(tei:abstract)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/abstract[1]"/>
  </xsl:function>

  <!-- ==== parties ==== -->

  <xsl:function name="c:actions" as="element(tei:correspAction)*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/correspDesc[not(@type = 'enclosure')]/correspAction[@type = $type]"/>
  </xsl:function>

  <!-- Names of the parties of one action type, as written (persName or orgName). -->
  <xsl:function name="c:parties" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="c:actions($node, $type)/(persName | orgName)"/>
  </xsl:function>

  <xsl:function name="c:senders" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="c:parties($node, 'sent')"/>
  </xsl:function>

  <xsl:function name="c:recipients" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="c:parties($node, 'received')"/>
  </xsl:function>

  <!-- Intermediaries in the order the letter travelled (@n), document order as tie-break. -->
  <xsl:function name="c:intermediaries" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:for-each select="c:actions($node, 'transmitted')">
      <xsl:sort select="if (@n castable as xs:integer) then xs:integer(@n) else 0"/>
      <xsl:sequence select="persName | orgName"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Participants of a conversation (particDesc). -->
  <xsl:function name="c:participants" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/particDesc//(person/persName | org/orgName)"/>
  </xsl:function>

  <!-- Authors of notes and the like (sourceDesc/bibl/author). -->
  <xsl:function name="c:authors" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="c:source-bibl($node)/author/(persName | orgName)"/>
  </xsl:function>

  <!-- A letter: a document that was sent, with a sender or a recipient named (the other side
       may be unknown). Statements, memoranda and notes have no correspDesc of their own. -->
  <xsl:function name="c:is-letter" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists((c:senders($node), c:recipients($node)))"/>
  </xsl:function>

  <!-- The role a name plays in its document (used for register pages): the correspAction type
       (sent, received, transmitted ...), participant, author, or mentioned (the summary). -->
  <xsl:function name="c:role" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="
        if ($name/ancestor::correspAction) then string($name/ancestor::correspAction[1]/@type)
        else if ($name/ancestor::particDesc) then 'participant'
        else if ($name/ancestor::author) then 'author'
        else 'mentioned'"/>
  </xsl:function>

  <!-- ==== registers ==== -->

  <!-- file:/x, file://x and file:///x name the same file; Saxon is not consistent about
       which one it reports, so URIs are compared in this form only. -->
  <xsl:function name="c:norm-uri" as="xs:string">
    <xsl:param name="uri" as="xs:string?"/>
    <xsl:sequence select="replace(string($uri), '^file:/+', 'file:///')"/>
  </xsl:function>

  <!-- The register entry a @ref points to, or () if it cannot be resolved.
       '../register/persons.xml#stalin' is resolved against the base URI of the element that
       carries it (the letter's file), '#stalin' is looked up in the same document. Only the
       edition's three registers (already loaded, shared by every letter) are ever consulted:
       a @ref to any other file or address is not followed, so a TEI file cannot make a
       stage read a file or a URL of its choosing. -->
  <xsl:function name="c:entity" as="element()?">
    <xsl:param name="ref" as="attribute()?"/>
    <xsl:variable name="base" select="string(base-uri($ref/..))"/>
    <!-- A name in a file of letters/ (nearly every call) that points into a register: its
         @ref means the same in every letter there, so the answer is remembered by the @ref
         alone. (The regular expression below, run on every call, took half the time it
         takes to make a letter's fragments.) -->
    <xsl:sequence select="
        if (empty($ref)) then ()
        else if ((some $folder in $c:letters-uris satisfies
               (starts-with($base, $folder) and not(contains(substring-after($base, $folder), '/'))))
            and not(starts-with(normalize-space($ref), '#')))
        then c:letters-entity($ref)
        else c:entity-from($ref, replace($base, '/[^/]*$', '/'), root($ref))"/>
  </xsl:function>

  <!-- The folder of the letters, as a base URI; and in the two forms Saxon gives base URIs
       in (file:///x/ and file:/x/, see c:norm-uri). -->
  <xsl:variable name="c:letters-uri" as="xs:string" select="$c:tei-dir || 'letters/'"/>
  <xsl:variable name="c:letters-uris" as="xs:string+" select="
      for $uri in c:norm-uri($c:letters-uri) return ($uri, 'file:/' || substring-after($uri, 'file:///'))"/>

  <xsl:function name="c:letters-entity" as="element()?" cache="yes">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="c:entity-from($ref, $c:letters-uri, ())"/>
  </xsl:function>

  <!-- The entry $ref points to, its path resolved against the folder $base; $doc: the
       document a bare '#id' is looked up in. -->
  <xsl:function name="c:entity-from" as="element()?">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="doc" as="document-node()?"/>
    <xsl:variable name="token" select="tokenize(normalize-space($ref), ' ')[1]"/>
    <xsl:choose>
      <xsl:when test="empty($token) or not(contains($token, '#'))"/>
      <xsl:otherwise>
        <xsl:variable name="path" select="substring-before($token, '#')"/>
        <xsl:variable name="frag" select="substring-after($token, '#')"/>
        <xsl:sequence select="
            if ($path = '') then $doc ! key('c:xml-id', $frag, .)[1]
            else c:register-entry(c:resolve($path, $base), $frag)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- $path resolved against $base (a folder: every letter of a folder asks the same few
       questions, so the answers are remembered); '' when it is no URI at all ("%zz"). -->
  <xsl:function name="c:resolve" as="xs:string" cache="yes">
    <xsl:param name="path" as="xs:string"/>
    <xsl:param name="base" as="xs:string"/>
    <xsl:try select="string(resolve-uri($path, $base))">
      <xsl:catch select="''"/>
    </xsl:try>
  </xsl:function>

  <!-- The entry $id of the register at $uri, if $uri is one of the edition's registers. -->
  <xsl:function name="c:register-entry" as="element()?" cache="yes">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="c:load($uri) ! key('c:xml-id', $id, .)[1]"/>
  </xsl:function>

  <!-- The register loaded from $uri, if $uri is one of the edition's registers. -->
  <xsl:function name="c:load" as="document-node()?" cache="yes">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="$c:registers[c:norm-uri(document-uri(.)) = c:norm-uri($uri)][1]"/>
  </xsl:function>

  <!-- A string that identifies a register entry across documents: its file and its id. -->
  <xsl:function name="c:entity-key" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="c:norm-uri(document-uri(root($entity))) || '#' || $entity/@xml:id"/>
  </xsl:function>

  <!-- All names of an entry (persName, placeName or orgName children). -->
  <xsl:function name="c:names" as="element()*">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="$entity/(persName | placeName | orgName)"/>
  </xsl:function>

  <!-- The preferred name of an entry: type="preferred", else its first name. -->
  <xsl:function name="c:preferred" as="xs:string?" cache="yes">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="(c:names($entity)[@type = 'preferred'], c:names($entity))[1] ! c:plain(.)"/>
  </xsl:function>

  <!-- The words of TEI text on one line, as the CSV, CMIF and search take them: of a choice
       the reading (corr, reg, expan) and not what it stands for, and a note, a line break or
       a paragraph set apart by spaces, so that no two words run together. -->
  <xsl:function name="c:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text">
      <xsl:apply-templates select="$nodes" mode="c:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>

  <xsl:mode name="c:plain" on-no-match="text-only-copy"/>

  <xsl:template match="choice" mode="c:plain">
    <xsl:apply-templates select="(corr, reg, expan, *)[1]" mode="c:plain"/>
  </xsl:template>

  <xsl:template match="lb[@break = 'no']" mode="c:plain"/>

  <xsl:template match="note | lb | p | ab | head | item | l" mode="c:plain">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="c:plain"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The normalised name of the entity a name in a letter points to, else the name as
       written. -->
  <xsl:function name="c:display-name" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(c:preferred(c:entity($name/@ref))[. ne ''], c:plain($name))[1]"/>
  </xsl:function>

  <!-- 'persons', 'places' or 'orgs': the register (and HTML page) an entry belongs to. -->
  <xsl:function name="c:register-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="
        if ($entity/self::place) then 'places'
        else if ($entity/self::org) then 'orgs'
        else 'persons'"/>
  </xsl:function>

  <!-- The path of an entry's HTML page without '.html', e.g. 'persons/joseph-stalin': one
       folder per register, so that entry ids and document ids never share a file name. It is
       also the entry's value in the index filters. -->
  <xsl:function name="c:entity-page" as="xs:string" cache="yes">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="c:register-name($entity) || '/' || $entity/@xml:id"/>
  </xsl:function>

  <!-- Link to an entry's page, relative to the root of the HTML edition. -->
  <xsl:function name="c:entity-href" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="c:entity-page($entity) || '.html'"/>
  </xsl:function>

  <!-- ==== authority identifiers ====
       The register stores full URIs (docs/encoding.md), but writers differ in the form
       (https vs http, trailing slash, geonames.org/123/moscow.html). These helpers extract the
       identifier and rebuild the one canonical URI that CMIF and correspSearch expect. -->

  <!-- The id of type $type of an entry, as written (its first not of another authority). -->
  <xsl:function name="c:idno" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="$entity/idno[lower-case(@type) = lower-case($type)]
                            [normalize-space()][not(c:of-another-authority(., $type))][1]
                            ! normalize-space(.)"/>
  </xsl:function>

  <!-- Whether an id an entry gives as of type $type (in any case) is a web address of another
       authority's: then it is not taken for one of that type (its number would be made into a
       false address). One row per authority: its type, a space, the hosts of its addresses.
       (The same table is in corresp.sch, which warns of such an idno, and in xslt/common.xsl,
       which leaves it out of the outputs; tests/test_validate.py checks that they agree.) -->
  <xsl:function name="c:of-another-authority" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="hosts" as="xs:string+" select="(
        'gnd d-nb\.info|gnd\.network|lobid\.org',
        'viaf viaf\.org',
        'geonames geonames\.org',
        'wikidata wikidata\.org',
        'lc loc\.gov',
        'bnf bnf\.fr',
        'ndl ndl\.go\.jp')"/>
    <xsl:variable name="host" select="lower-case(replace(normalize-space($value), '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*).*$', '$1'))"/>
    <xsl:variable name="of" select="$hosts[matches($host, '(^|\.)(' || substring-after(., ' ') || ')$')] ! substring-before(., ' ')"/>
    <xsl:sequence select="matches(normalize-space($value), '^[A-Za-z][A-Za-z0-9+.-]*://') and exists($of)
                          and not($of = lower-case($type))"/>
  </xsl:function>

  <!-- The last path segment of a URI (or the value itself if it is a bare identifier). -->
  <xsl:function name="c:last-segment" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="tokenize(replace($value, '[?#].*$', ''), '/')[normalize-space()][last()]"/>
  </xsl:function>

  <!-- GND: https://d-nb.info/gnd/<id> (ids may contain '-' and 'X'). -->
  <xsl:function name="c:gnd" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="c:idno($entity, 'GND') ! ('https://d-nb.info/gnd/' || c:last-segment(.))"/>
  </xsl:function>

  <!-- VIAF: http://viaf.org/viaf/<number> (the form correspSearch matches). -->
  <xsl:function name="c:viaf" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="c:idno($entity, 'VIAF')
                            ! (tokenize(., '[^0-9]+')[. ne ''][1])
                            ! ('http://viaf.org/viaf/' || .)"/>
  </xsl:function>

  <!-- GeoNames: http://www.geonames.org/<number>, no trailing slash, no '/name.html'. -->
  <xsl:function name="c:geonames" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="c:idno($entity, 'geonames')
                            ! (tokenize(., '[^0-9]+')[. ne ''][1])
                            ! ('http://www.geonames.org/' || .)"/>
  </xsl:function>

  <!-- Wikidata: http://www.wikidata.org/entity/Q<number>. -->
  <xsl:function name="c:wikidata" as="xs:string?" cache="yes">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="c:idno($entity, 'wikidata')[matches(., 'Q[0-9]+')]
                            ! replace(., '^.*?(Q[0-9]+).*$', '$1')
                            ! ('http://www.wikidata.org/entity/' || .)"/>
  </xsl:function>

  <!-- Other authority files correspSearch supports for persons and organisations, taken as
       written when they already are http(s) URIs of that service. -->
  <xsl:function name="c:other-authority" as="xs:string?">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="$entity/idno[normalize-space()]
        [matches(normalize-space(.),
           '^https?://(catalogue\.bnf\.fr/ark:/12148/|lccn\.loc\.gov/|id\.loc\.gov/authorities/names/|id\.ndl\.go\.jp/auth/ndlna/)')]
        [1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- The authority URI for the names of an entry in CMIF (correspAction persName/orgName/
       placeName @ref): one the correspSearch aggregator supports, or () - Wikidata is
       deliberately not used here, the aggregator's check reports it as unsupported.
       Places: GeoNames only. Persons and organisations: GND, VIAF, then BnF/LC/NDL. -->
  <xsl:function name="c:authority" as="xs:string?" cache="yes">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="
        if ($entity/self::place) then c:geonames($entity)
        else (c:gnd($entity), c:viaf($entity), c:other-authority($entity))[1]"/>
  </xsl:function>

  <!-- The best authority URI of any kind: c:authority, else Wikidata. Used where any
       http(s) identifier is welcome: CMIF "mentions" refs and the CSV id columns. -->
  <xsl:function name="c:any-authority" as="xs:string?" cache="yes">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="(c:authority($entity), c:wikidata($entity))[1]"/>
  </xsl:function>

  <!-- Every authority link of an entry, as (label, URI) pairs in a fixed order, for the
       register pages. -->
  <xsl:function name="c:authority-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entity" as="element()?"/>
    <xsl:sequence select="
        c:gnd($entity) ! map { 'label': 'GND', 'uri': . },
        c:viaf($entity) ! map { 'label': 'VIAF', 'uri': . },
        c:geonames($entity) ! map { 'label': 'GeoNames', 'uri': . },
        c:wikidata($entity) ! map { 'label': 'Wikidata', 'uri': . },
        c:other-authority($entity) ! map { 'label': 'Authority record', 'uri': . }"/>
  </xsl:function>

  <!-- ==== text ==== -->

  <!-- A readable name for the two licences correspSearch accepts, else the URL itself. -->
  <xsl:function name="c:licence-label" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="
        if (matches($url, 'creativecommons\.org/licenses/by/4\.0')) then 'CC BY 4.0'
        else if (matches($url, 'creativecommons\.org/publicdomain/zero/1\.0')) then 'CC0 1.0'
        else $url"/>
  </xsl:function>

  <!-- Names joined for a table cell: 'A | B' style lists use $sep. -->
  <xsl:function name="c:join-names" as="xs:string">
    <xsl:param name="names" as="element()*"/>
    <xsl:param name="sep" as="xs:string"/>
    <xsl:sequence select="string-join($names ! normalize-space(.), $sep)"/>
  </xsl:function>

  <!-- The distinct strings of a sequence in the order of their first occurrence
       (distinct-values() does not promise an order; the outputs must be stable). -->
  <xsl:function name="c:distinct" as="xs:string*">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="for $i in 1 to count($values)
                          return $values[$i][not(. = subsequence($values, 1, $i - 1))]"/>
  </xsl:function>

</xsl:stylesheet>
