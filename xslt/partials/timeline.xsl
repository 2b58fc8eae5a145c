<?xml version="1.0" encoding="UTF-8"?>
<!--
  partials/timeline.xsl: a bar chart of documents per period (month or year, see $c:periods
  in html-data.xsl) as inline SVG, with its text alternative: a table of the same numbers.

  Every period from the first to the last letter has its place, so gaps show. A bar with a
  link filters the index to its period (the link also names the period's first document, so
  that without JavaScript it scrolls there). The chart is drawn in user units and scales down
  with its container (CSS: max-width 100%), so it never makes a page scroll sideways.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:c="urn:corresp"
    exclude-result-prefixes="#all">

  <!-- Bar chart geometry in SVG user units: the space for one bar (at most, and at least,
       however many periods there are), the plot height per size, and the margins. -->
  <xsl:variable name="c:chart" as="map(xs:string, xs:integer)" select="map {
      'slot-max': 64, 'slot-min': 6, 'width': 720,
      'plot-large': 120, 'plot-small': 56, 'top': 16, 'bottom': 34, 'side': 12 }"/>

  <!-- $id: id of the figure (the chart's title and table ids derive from it).
       $title: what is counted, e.g. "Documents per month" (the SVG's accessible name).
       $bars: map { period: map { 'count': n, 'href': link or () } } for the periods that have
       documents; the others are drawn empty.
       $size: 'large' (index) or 'small' (a register entry). -->
  <xsl:template name="c:timeline">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="bars" as="map(xs:string, map(*))"/>
    <xsl:param name="size" as="xs:string" select="'large'"/>
    <xsl:param name="caption" as="node()*" select="()"/>
    <xsl:variable name="periods" select="$c:periods"/>
    <xsl:variable name="n" select="count($periods)"/>
    <xsl:if test="$n gt 0 and map:size($bars) gt 0">
      <xsl:variable name="slot" as="xs:integer"
          select="max(($c:chart?slot-min, min(($c:chart?slot-max, $c:chart?width idiv $n))))"/>
      <xsl:variable name="plot" as="xs:integer" select="$c:chart('plot-' || $size)"/>
      <xsl:variable name="top" select="$c:chart?top"/>
      <xsl:variable name="side" select="$c:chart?side"/>
      <xsl:variable name="width" select="$n * $slot + 2 * $side"/>
      <xsl:variable name="height" select="$top + $plot + $c:chart?bottom"/>
      <xsl:variable name="max" select="max(map:for-each($bars, function ($k, $v) { $v?count }))"/>
      <xsl:variable name="base" select="$top + $plot"/>
      <!-- Label every bar when there is room, else only some (years: every 2nd, 5th, 10th…). -->
      <xsl:variable name="year-step" select="(1, 2, 5, 10, 20, 50, 100)[. * $slot ge 34][1]"/>
      <figure class="timeline {$size}" id="{$id}">
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{$width}" height="{$height}"
            viewBox="0 0 {$width} {$height}" aria-labelledby="{$id}-title">
          <title id="{$id}-title"><xsl:value-of select="$title"/></title>
          <line class="axis" x1="{$side}" y1="{$base}" x2="{$width - $side}" y2="{$base}"/>
          <xsl:for-each select="$periods">
            <xsl:variable name="period" select="."/>
            <xsl:variable name="i" select="position() - 1"/>
            <xsl:variable name="x" select="$side + $i * $slot"/>
            <xsl:variable name="bar" select="$bars($period)"/>
            <xsl:if test="exists($bar)">
              <xsl:variable name="h" select="max((1, xs:integer(round($bar?count * $plot div $max))))"/>
              <xsl:variable name="label" select="c:period-label($period) || ': ' || c:count($bar?count, 'document')"/>
              <xsl:variable name="rect" as="element()">
                <rect x="{$x + $slot idiv 8}" y="{$base - $h}" width="{$slot - 2 * ($slot idiv 8)}" height="{$h}">
                  <title><xsl:value-of select="$label"/></title>
                </rect>
              </xsl:variable>
              <xsl:choose>
                <xsl:when test="exists($bar?href)">
                  <a class="bar" href="{$bar?href}" data-period="{$period}" aria-label="{$label}">
                    <xsl:sequence select="$rect"/>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <g class="bar" data-period="{$period}"><xsl:sequence select="$rect"/></g>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="$slot ge 18">
                <text class="count" x="{$x + $slot idiv 2}" y="{$base - $h - 4}" aria-hidden="true">
                  <xsl:value-of select="$bar?count"/>
                </text>
              </xsl:if>
            </xsl:if>
            <!-- Labels under the axis: months (if there is room) and years. -->
            <xsl:variable name="month" select="if (string-length($period) = 7) then substring($period, 6, 2) else ''"/>
            <xsl:if test="$month ne '' and $slot ge 26">
              <text class="tick" x="{$x + $slot idiv 2}" y="{$base + 14}" aria-hidden="true">
                <xsl:value-of select="c:period-short($period)"/>
              </text>
            </xsl:if>
            <xsl:variable name="year-label" select="
                if ($month eq '') then xs:integer($period) mod $year-step = 0
                else $month = '01' or ($i = 0 and not(subsequence($periods, 2, 34 idiv $slot + 1)[ends-with(., '-01')]))"/>
            <xsl:if test="$year-label">
              <text class="tick year" x="{if ($month eq '' or $slot ge 26) then $x + $slot idiv 2 else $x}"
                  y="{$base + (if ($month ne '' and $slot ge 26) then 28 else 14)}" aria-hidden="true">
                <xsl:if test="$month ne '' and $slot lt 26">
                  <xsl:attribute name="text-anchor" select="'start'"/>
                </xsl:if>
                <xsl:value-of select="substring($period, 1, 4)"/>
              </text>
            </xsl:if>
          </xsl:for-each>
        </svg>
        <figcaption>
          <xsl:sequence select="$caption"/>
          <details class="chart-table">
            <summary>The numbers as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="if ($c:granularity = 'month') then 'Month' else 'Year'"/></th>
                  <th scope="col">Documents</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$periods[exists($bars(.))]">
                  <xsl:variable name="bar" select="$bars(.)"/>
                  <tr>
                    <td>
                      <xsl:choose>
                        <xsl:when test="exists($bar?href)">
                          <a href="{$bar?href}"><xsl:value-of select="c:period-label(.)"/></a>
                        </xsl:when>
                        <xsl:otherwise><xsl:value-of select="c:period-label(.)"/></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td class="number"><xsl:value-of select="$bar?count"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </details>
        </figcaption>
      </figure>
    </xsl:if>
  </xsl:template>

  <!-- The bars of the documents $docs (c:doc elements of $c:facts, in date order), each
       linking to the index filtered by $filter (a query string such as
       'correspondent=persons/x&', or '') and the period. -->
  <xsl:function name="c:timeline-bars" as="map(xs:string, map(*))">
    <xsl:param name="docs" as="element()*"/>
    <xsl:param name="filter" as="xs:string"/>
    <xsl:map>
      <xsl:for-each-group select="$docs[c:period(.) ne '']" group-by="c:period(.)">
        <xsl:map-entry key="current-grouping-key()" select="map {
            'count': count(current-group()),
            'href': 'index.html?' || $filter || 'from=' || current-grouping-key() || '&amp;to='
                    || current-grouping-key() || '#' || current-group()[1]/@id }"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The bars of the index, from the counts of all documents (c:tally, html-data.xsl): the
       same as c:timeline-bars($c:fact-docs, ''). -->
  <xsl:function name="c:tally-bars" as="map(xs:string, map(*))">
    <xsl:map>
      <xsl:for-each select="c:tally-periods()">
        <xsl:map-entry key="string(@key)" select="map {
            'count': xs:integer(@docs),
            'href': 'index.html?from=' || @key || '&amp;to=' || @key || '#' || @first }"/>
      </xsl:for-each>
    </xsl:map>
  </xsl:function>

</xsl:stylesheet>
