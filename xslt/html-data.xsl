<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-data.xsl: what the HTML pages need to know about the whole corpus.

  $c:facts is a small document with one c:doc per letter, in date order. Each c:doc holds
  what an index row, a register page, the timelines, the network and the neighbours of a
  letter page need, so that none of these reads the letters themselves:

    <c:doc p="3" id="cable_…" file="cable_….xml" sort="1949-01-06" month="1949-01" year="1949"
        type="cable" type-label="Cable" pair="persons/a|persons/b" title="…" entry-title="…"
        date="January 6, 1949" when="1949-01-06" iso="1949-01-06"
        parties="sent:persons/joseph-stalin received:persons/mao-zedong"
        o="sent:persons/joseph-stalin mentioned:places/moscow …"/>

  @parties: the senders and recipients, each role:key; @o: every register entry the letter
  names, each role:key once (roles as c:role gives them). Attributes, not elements: at
  100,000 letters an element per name would make the facts too big to hold.

  (@date is the date as written, absent for an undated document; @when and @iso as in
  c:date-cell.) The index's rows and the search file's lines are not here: they are text made
  once per letter too (c:index-row, c:search-line), which corresp puts into the pages.

  corresp makes each c:doc once per letter (template c:doc-facts, run by xslt/fragments.xsl
  on the letters that changed) and hands the stylesheet the whole document, in date order,
  as $facts (pipeline/publish.py). Without $facts (the stylesheet run on its own), it is
  built here from $c:letters. Register pages, filters, timelines and the network look things
  up in it by xsl:key, so no page scans all letters per entity: the stage stays linear.
  Keys of entities are their page paths ("persons/joseph-stalin", see c:entity-page); a party
  whose @ref does not resolve gets "name:" and the name as written.
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:c="urn:corresp"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The facts of every letter in date order (a file URI), made by corresp from cached
       per-letter facts; '' to build them here from the letters. -->
  <xsl:param name="facts" as="xs:string" select="''"/>

  <xsl:variable name="c:facts" as="document-node()" select="
      if ($facts ne '') then doc($facts) else c:facts-of-letters()"/>

  <xsl:function name="c:facts-of-letters" as="document-node()">
    <xsl:document>
      <c:docs>
        <xsl:for-each select="$c:letters">
          <xsl:call-template name="c:doc-facts">
            <xsl:with-param name="p" select="position()"/>
          </xsl:call-template>
        </xsl:for-each>
      </c:docs>
    </xsl:document>
  </xsl:function>

  <!-- The c:doc of one letter (the context item); $p its place in date order, if known. -->
  <xsl:template name="c:doc-facts">
    <xsl:param name="p" as="xs:integer?" select="()"/>
    <xsl:variable name="key" select="c:sort-key(c:date(.))"/>
    <c:doc id="{c:id(.)}" file="{tokenize(string(base-uri(.)), '/')[last()]}" sort="{$key}" month="{c:key-month($key)}"
        year="{c:key-year($key)}" type="{c:type-key(.)}"
        type-label="{normalize-space(c:doctype(.))}" pair="{c:pair-key(.)}" title="{c:heading(.)}"
        entry-title="{c:entry-heading(.)}">
      <xsl:if test="exists($p)">
        <xsl:attribute name="p" select="$p"/>
      </xsl:if>
      <xsl:for-each select="c:date(.)">
        <xsl:attribute name="date" select="normalize-space(.)"/>
        <xsl:if test="@when"><xsl:attribute name="when" select="c:w3c(@when)"/></xsl:if>
        <xsl:if test="c:iso(.) ne ''"><xsl:attribute name="iso" select="c:iso(.)"/></xsl:if>
      </xsl:for-each>
      <xsl:attribute name="parties" select="c:senders(.) ! ('sent:' || c:party-key(.)),
                                            c:recipients(.) ! ('received:' || c:party-key(.))"/>
      <xsl:attribute name="o" select="c:distinct(.//(persName | placeName | orgName)[@ref]
          ! (for $entity in c:entity(@ref) return c:role(.) || ':' || c:entity-page($entity)))"/>
    </c:doc>
  </xsl:template>

  <!-- The month ('1949-01') and the year ('1949') of a sort key (c:sort-key), when it has
       them: a year of four digits (not '19490', nor a year before the common era). -->
  <xsl:function name="c:key-month" as="xs:string?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="substring($key, 1, 7)[matches($key, '^[0-9]{4}-(0[1-9]|1[0-2])(-|$)')]"/>
  </xsl:function>

  <xsl:function name="c:key-year" as="xs:string?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="substring($key, 1, 4)[matches($key, '^[0-9]{4}(-|$)')]"/>
  </xsl:function>

  <!-- A date cell made from a c:doc (as c:date-cell makes it from the TEI date). -->
  <xsl:function name="c:fact-date" as="element()">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:choose>
      <xsl:when test="$fact/@when"><time class="date" datetime="{$fact/@when}"><xsl:value-of select="$fact/@date"/></time></xsl:when>
      <xsl:when test="$fact/@iso"><span class="date" title="{$fact/@iso}"><xsl:value-of select="$fact/@date"/></span></xsl:when>
      <xsl:when test="$fact/@date"><span class="date"><xsl:value-of select="$fact/@date"/></span></xsl:when>
      <xsl:otherwise><span class="undated">undated</span></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The facts of the letters, in date order, by position (positional access is constant time). -->
  <xsl:variable name="c:fact-docs" as="element()*" select="$c:facts/*/c:doc"/>

  <!-- The c:doc of the letter at place $p in date order (1 for the first). A facts document
       that holds only some of the letters (its root says the corpus's granularity, see
       c:granularity) is searched by their @p. -->
  <xsl:function name="c:fact-at" as="element(c:doc)?">
    <xsl:param name="p" as="xs:integer"/>
    <xsl:sequence select="if ($c:some-facts) then key('c:at', $p, $c:facts) else $c:fact-docs[$p]"/>
  </xsl:function>
  <xsl:variable name="c:some-facts" as="xs:boolean" select="exists($c:facts/*/@granularity)"/>
  <xsl:key name="c:at" match="c:doc" use="xs:integer(@p)"/>
  <xsl:key name="c:fact" match="c:doc" use="string(@id)"/>

  <!-- Where an entity occurs (any role) and where it is a party (sender or recipient); the
       parent of a hit is its c:doc, and /.. gives each document once, in date order. -->
  <xsl:key name="c:occurrences" match="c:doc" use="distinct-values(tokenize(@o) ! substring-after(., ':'))"/>
  <xsl:key name="c:occurrence-roles" match="c:doc" use="tokenize(@o)"/>
  <xsl:key name="c:parties" match="c:doc" use="c:fact-parties(., ())"/>

  <!-- The party keys of a letter's c:doc in one role ('sent', 'received'), or in both ($role ()). -->
  <xsl:function name="c:fact-parties" as="xs:string*">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:param name="role" as="xs:string?"/>
    <xsl:sequence select="tokenize($fact/@parties)[empty($role) or starts-with(., $role || ':')]
                            ! substring-after(., ':')"/>
  </xsl:function>

  <!-- The keys of every entry a letter's c:doc names, in any role. -->
  <xsl:function name="c:fact-keys" as="xs:string*">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:sequence select="distinct-values(tokenize($fact/@o) ! substring-after(., ':'))"/>
  </xsl:function>

  <!-- Register entries by page path, for labels and links of the keys in $c:facts. -->
  <xsl:variable name="c:entities" as="map(xs:string, element())" select="map:merge(
      ($c:persons//listPerson/person, $c:places//listPlace/place, $c:orgs//listOrg/org)[@xml:id]
        ! map { c:entity-page(.): . },
      map { 'duplicates': 'use-first' })"/>

  <!-- The label of a key of $c:facts: the preferred name of the entry, or the name as written. -->
  <xsl:function name="c:key-label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="if (starts-with($key, 'name:')) then translate(substring-after($key, 'name:'), '&#160;', ' ')
                          else (c:preferred($c:entities($key)), $key)[1]"/>
  </xsl:function>

  <xsl:function name="c:party-key" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entity" select="c:entity($name/@ref)"/>
    <xsl:sequence select="if (exists($entity)) then c:entity-page($entity)
                          else 'name:' || translate(normalize-space($name), ' ', '&#160;')"/>
  </xsl:function>

  <!-- The correspondence a letter belongs to: the set of its senders and recipients, as their
       keys sorted and joined by '|' (A to B and B to A are one correspondence). Empty when one
       side is unknown: such a letter belongs to no correspondence. -->
  <xsl:function name="c:pair-key" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="
        if (exists(c:senders($doc)) and exists(c:recipients($doc)))
        then string-join(sort(distinct-values((c:senders($doc), c:recipients($doc)) ! c:party-key(.))), '|')
        else ''"/>
  </xsl:function>

  <!-- The document type as a filter value: the term's @key, else its words. -->
  <xsl:function name="c:type-key" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="string(c:doctype($doc) ! (normalize-space(@key)[.], normalize-space(.))[1])"/>
  </xsl:function>

  <xsl:function name="c:type-label" as="xs:string">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:sequence select="string($fact/@type-label)"/>
  </xsl:function>

  <!-- ==== periods: the bars of the timelines and the steps of the date filter ====
       Months when the dated letters span at most $c:month-span-limit calendar years, else
       years. A letter's period is taken from the start of its date (c:sort-key); a letter
       dated only to the year has no month, and an undated one no period at all. -->

  <xsl:variable name="c:month-span-limit" as="xs:integer" select="5"/>

  <!-- (from the index's counts when corresp gives them, else from the facts: a part that
       reads those does not count everything the index counts) -->
  <xsl:variable name="c:years" as="xs:integer*" select="
      if ($index-tally ne '') then $c:tally/*/c:year/@key ! xs:integer(.)
      else $c:fact-docs/@year[. ne ''] ! xs:integer(.)"/>

  <!-- (A facts document that holds only some of the letters says the corpus's granularity and
       first and last period on its root: corresp gives the runs that make a few register
       entries' pages, or a few letters' neighbours, only the documents they read.) -->
  <xsl:variable name="c:granularity" as="xs:string" select="
      if ($c:facts/*/@granularity) then string($c:facts/*/@granularity)
      else if (empty($c:years) or max($c:years) - min($c:years) lt $c:month-span-limit) then 'month' else 'year'"/>

  <!-- The period of a letter's c:doc: its month or its year; '' when it has none. -->
  <xsl:function name="c:period" as="xs:string">
    <xsl:param name="fact" as="element(c:doc)"/>
    <xsl:sequence select="string(if ($c:granularity = 'month') then $fact/@month else $fact/@year)"/>
  </xsl:function>

  <!-- Every period from the first to the last letter, empty ones included, in order. -->
  <xsl:variable name="c:periods" as="xs:string*">
    <xsl:variable name="used" select="if ($c:facts/*/@periods) then tokenize($c:facts/*/@periods)
                                      else if ($index-tally ne '') then sort(c:tally-periods() ! string(@key))
                                      else sort(distinct-values($c:fact-docs ! c:period(.)[. ne '']))"/>
    <xsl:if test="exists($used)">
      <xsl:variable name="first" select="$used[1]"/>
      <xsl:variable name="last" select="$used[last()]"/>
      <xsl:sequence select="
          if ($c:granularity = 'year')
          then (xs:integer($first) to xs:integer($last)) ! format-integer(., '0000')
          else (for $y in xs:integer(substring($first, 1, 4)) to xs:integer(substring($last, 1, 4)),
                    $m in 1 to 12
                return format-integer($y, '0000') || '-' || format-integer($m, '00'))
               [. ge $first and . le $last]"/>
    </xsl:if>
  </xsl:variable>

  <xsl:variable name="c:month-names" as="xs:string+" select="
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
      'October', 'November', 'December'"/>

  <!-- "January 1949" or "1949". -->
  <xsl:function name="c:period-label" as="xs:string">
    <xsl:param name="period" as="xs:string"/>
    <xsl:sequence select="
        if (string-length($period) = 7)
        then $c:month-names[xs:integer(substring($period, 6, 2))] || ' ' || substring($period, 1, 4)
        else $period"/>
  </xsl:function>

  <!-- "Jan" or "1949": the short label under a bar. -->
  <xsl:function name="c:period-short" as="xs:string">
    <xsl:param name="period" as="xs:string"/>
    <xsl:sequence select="
        if (string-length($period) = 7)
        then substring($c:month-names[xs:integer(substring($period, 6, 2))], 1, 3)
        else $period"/>
  </xsl:function>

  <!-- ==== correspondences: previous and next letter between the same parties ==== -->

  <!-- Per letter position: map { 'prev': p?, 'next': p?, 'n': its place in the
       correspondence, 'of': letters in it }. One grouping pass; the positions of a group go
       into an array, whose members are reached in constant time (a sequence or a tree's
       preceding siblings would be searched, and a correspondence of 50,000 letters would
       make this quadratic). -->
  <xsl:variable name="c:correspondence" as="map(xs:integer, map(*))">
    <xsl:map>
      <xsl:for-each-group select="$c:fact-docs[@pair ne '']" group-by="string(@pair)">
        <xsl:variable name="positions" as="array(xs:integer)" select="array { current-group() ! xs:integer(@p) }"/>
        <xsl:variable name="size" select="array:size($positions)"/>
        <xsl:for-each select="1 to $size">
          <xsl:map-entry key="$positions(.)" select="map {
              'prev': if (. gt 1) then $positions(. - 1) else (),
              'next': if (. lt $size) then $positions(. + 1) else (),
              'n': ., 'of': $size }"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- ==== the index's counts: its timeline and the options of its filters ====
       Counted once over all letters (c:tally-of), or given by corresp ($index-tally): it
       keeps each letter's part of them with its facts and counts them again without a
       stylesheet reading the facts of every letter (at 100,000 letters a corrected date
       that moved a letter to another month took ~8 s for the index alone).

         <c:tally docs="…">                                  every document
           <c:month key="1949-01" docs="…" first="(id)"/> …  each month and year that has
           <c:year key="1949" docs="…" first="(id)"/> …       documents, and its first in date order
           <c:correspondent key="persons/x" docs="…"/> …     senders and recipients with an entry
           <c:place key="places/y" docs="…"/> …               places named in any role
           <c:type key="letter" label="Letter" docs="…"/> …   types (the label of the first)
         </c:tally>

       in any order (pipeline/publish.py, _index_tally, makes the same). -->
  <xsl:param name="index-tally" as="xs:string" select="''"/>

  <xsl:variable name="c:tally" as="document-node()" select="
      if ($index-tally ne '') then doc($index-tally) else c:tally-of($c:fact-docs)"/>

  <xsl:function name="c:tally-of" as="document-node()">
    <xsl:param name="docs" as="element(c:doc)*"/>
    <xsl:document>
      <c:tally docs="{count($docs)}">
        <xsl:for-each-group select="$docs[@month ne '']" group-by="string(@month)">
          <c:month key="{current-grouping-key()}" docs="{count(current-group())}" first="{current-group()[1]/@id}"/>
        </xsl:for-each-group>
        <xsl:for-each-group select="$docs[@year ne '']" group-by="string(@year)">
          <c:year key="{current-grouping-key()}" docs="{count(current-group())}" first="{current-group()[1]/@id}"/>
        </xsl:for-each-group>
        <xsl:for-each-group select="$docs" group-by="distinct-values(c:fact-parties(., ())[not(starts-with(., 'name:'))])">
          <c:correspondent key="{current-grouping-key()}" docs="{count(current-group())}"/>
        </xsl:for-each-group>
        <xsl:for-each-group select="$docs" group-by="c:fact-keys(.)[starts-with(., 'places/')]">
          <c:place key="{current-grouping-key()}" docs="{count(current-group())}"/>
        </xsl:for-each-group>
        <xsl:for-each-group select="$docs[@type ne '']" group-by="string(@type)">
          <c:type key="{current-grouping-key()}" label="{c:type-label(current-group()[1])}" docs="{count(current-group())}"/>
        </xsl:for-each-group>
      </c:tally>
    </xsl:document>
  </xsl:function>

  <!-- The periods of the tally (c:month or c:year, as $c:granularity says) that have documents. -->
  <xsl:function name="c:tally-periods" as="element()*">
    <xsl:sequence select="$c:tally/*/(if ($c:granularity = 'month') then c:month else c:year)"/>
  </xsl:function>

  <!-- The options of the index's filters, { key, label, count }, by label: correspondents,
       places and document types. -->
  <xsl:variable name="c:correspondents" as="map(xs:string, item())*" select="c:facet($c:tally/*/c:correspondent)"/>
  <xsl:variable name="c:place-facet" as="map(xs:string, item())*" select="c:facet($c:tally/*/c:place)"/>
  <xsl:variable name="c:type-facet" as="map(xs:string, item())*" select="c:facet($c:tally/*/c:type)"/>

  <xsl:function name="c:facet" as="map(xs:string, item())*">
    <xsl:param name="counts" as="element()*"/>
    <xsl:for-each select="$counts">
      <xsl:sort select="lower-case(c:facet-label(.))"/>
      <xsl:sort select="string(@key)"/>
      <xsl:sequence select="map { 'key': string(@key), 'label': c:facet-label(.), 'count': xs:integer(@docs) }"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="c:facet-label" as="xs:string">
    <xsl:param name="count" as="element()"/>
    <xsl:sequence select="if ($count/@label) then string($count/@label) else c:key-label($count/@key)"/>
  </xsl:function>

</xsl:stylesheet>
