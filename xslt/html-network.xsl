<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-network.xsl: network.html, who wrote to whom.

  A picture (inline SVG) and its text alternative (a table of every sender-recipient pair).
  The picture places the correspondents on a circle in alphabetical order, starting at the
  top and going clockwise: a layout that depends on nothing but the data, so the same letters
  always give the same picture. Each line is one direction (sender to recipient, with an
  arrowhead; the two directions between two correspondents bend to opposite sides), its width
  grows with the number of letters; a circle's size with the correspondent's letters. Names
  link to their register pages. Only the $c:network-size correspondents with the most letters
  are drawn (a circle of hundreds cannot be read); the table lists all pairs.
  Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:c="urn:corresp"
    exclude-result-prefixes="#all">

  <!-- How many correspondents the picture shows at most. -->
  <xsl:variable name="c:network-size" as="xs:integer" select="40"/>

  <!-- Geometry in SVG user units. The circle's radius grows with the number of correspondents
       ('per-node', between 'radius-min' and 'radius-max'); nodes and lines grow with their
       letters (the largest count gets the largest size); 'bend' is how far a line bows out,
       as a share of its length. Labels are 'font' units high; their width is estimated as
       'char' × font per character, to fit the picture to what it shows (the viewBox is the
       bounding box of circles, labels and lines plus 'pad'), so that it scales down to a
       phone's width as little as possible. -->
  <xsl:variable name="c:net" as="map(xs:string, xs:decimal)" select="map {
      'radius-min': 120, 'radius-max': 300, 'per-node': 8,
      'node-min': 5, 'node-max': 16, 'line-min': 1.5, 'line-max': 9, 'bend': 0.18,
      'font': 15, 'char': 0.55, 'pad': 10 }"/>

  <xsl:variable name="c:tab" as="xs:string" select="codepoints-to-string(9)"/>

  <!-- Every correspondent (sender or recipient): map { key, label, href?, sent, received, letters }. -->
  <xsl:variable name="c:network-nodes" as="map(*)*">
    <xsl:for-each-group select="$c:fact-docs" group-by="distinct-values(c:fact-parties(., ()))">
      <xsl:variable name="key" select="current-grouping-key()"/>
      <xsl:sequence select="map {
          'key': $key,
          'label': c:key-label($key),
          'href': if (starts-with($key, 'name:')) then () else $key || '.html',
          'sent': ($c:party-letters('sent:' || $key), 0)[1],
          'received': ($c:party-letters('received:' || $key), 0)[1],
          'letters': count(current-group()) }"/>
    </xsl:for-each-group>
  </xsl:variable>

  <!-- The number of letters of each party in each role, by 'sent:key' and 'received:key' (the
       words of c:doc/@parties): one pass over the letters, not one per party. -->
  <xsl:variable name="c:party-letters" as="map(xs:string, xs:integer)">
    <xsl:map>
      <xsl:for-each-group select="$c:fact-docs" group-by="distinct-values(tokenize(@parties))">
        <xsl:map-entry key="current-grouping-key()" select="count(current-group())"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The label of each correspondent (c:node-label), by key: worked out once, not once per
       pair it is part of when the pairs are sorted. -->
  <xsl:variable name="c:node-labels" as="map(xs:string, xs:string)"
      select="map:merge($c:network-nodes ! map { ?key: lower-case(c:node-label(?key)) })"/>

  <!-- Every directed pair: map { from, to, letters }, most letters first. -->
  <xsl:variable name="c:network-edges" as="map(*)*">
    <xsl:for-each-group select="$c:fact-docs"
        group-by="let $to := c:fact-parties(., 'received')
                  return distinct-values(for $from in c:fact-parties(., 'sent') return $to[. ne $from] ! ($from || $c:tab || .))">
      <xsl:sort select="count(current-group())" order="descending"/>
      <xsl:sort select="$c:node-labels(substring-before(current-grouping-key(), $c:tab))"/>
      <xsl:sort select="$c:node-labels(substring-after(current-grouping-key(), $c:tab))"/>
      <xsl:sort select="current-grouping-key()"/>
      <xsl:sequence select="map {
          'from': substring-before(current-grouping-key(), $c:tab),
          'to': substring-after(current-grouping-key(), $c:tab),
          'letters': count(current-group()) }"/>
    </xsl:for-each-group>
  </xsl:variable>

  <xsl:function name="c:node-label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="c:key-label($key)"/>
  </xsl:function>

  <xsl:template name="c:network-page">
    <xsl:call-template name="c:page">
      <xsl:with-param name="href" select="'network.html'"/>
      <xsl:with-param name="page-title" select="'Correspondence network'"/>
      <xsl:with-param name="current" select="'network.html'"/>
      <xsl:with-param name="body-class" select="'network'"/>
      <xsl:with-param name="content" as="node()*">
        <h1>Correspondence network</h1>
        <xsl:choose>
          <xsl:when test="empty($c:network-edges)">
            <p class="empty">No letter names both its sender and its recipient.</p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="c:network-figure"/>
            <xsl:call-template name="c:network-table"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="c:network-figure">
    <!-- The nodes drawn: the most letters first, then placed around the circle by name. -->
    <xsl:variable name="top" as="map(*)*">
      <xsl:perform-sort select="$c:network-nodes">
        <xsl:sort select="?letters" order="descending"/>
        <xsl:sort select="lower-case(?label)"/>
        <xsl:sort select="?key"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="nodes" as="map(*)*">
      <xsl:perform-sort select="subsequence($top, 1, $c:network-size)">
        <xsl:sort select="lower-case(?label)"/>
        <xsl:sort select="?key"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="n" select="count($nodes)"/>
    <xsl:variable name="max-letters" select="max($nodes ! ?letters)"/>
    <xsl:variable name="radius" select="max(($c:net?radius-min, min(($c:net?radius-max, $n * $c:net?per-node))))"/>
    <!-- Position and radius of each drawn node, and where its label goes, by key. -->
    <xsl:variable name="placed" as="map(xs:string, map(*))">
      <xsl:map>
        <xsl:for-each select="$nodes">
          <xsl:variable name="angle" select="-math:pi() div 2 + 2 * math:pi() * (position() - 1) div $n"/>
          <xsl:variable name="cos" select="math:cos($angle)"/>
          <xsl:variable name="sin" select="math:sin($angle)"/>
          <xsl:variable name="x" select="$radius * $cos"/>
          <xsl:variable name="y" select="$radius * $sin"/>
          <xsl:variable name="r" select="$c:net?node-min + ($c:net?node-max - $c:net?node-min) * math:sqrt(?letters div $max-letters)"/>
          <xsl:variable name="lx" select="$x + ($r + 6) * $cos"/>
          <xsl:variable name="ly" select="$y + ($r + 6) * $sin + (if ($sin gt 0.7) then 12 else if ($sin lt -0.7) then -3 else 5)"/>
          <xsl:variable name="anchor" select="if ($cos gt 0.3) then 'start' else if ($cos lt -0.3) then 'end' else 'middle'"/>
          <xsl:variable name="lw" select="string-length(?label) * $c:net?font * $c:net?char"/>
          <xsl:variable name="left" select="if ($anchor = 'start') then $lx else if ($anchor = 'end') then $lx - $lw else $lx - $lw div 2"/>
          <xsl:map-entry key="?key" select="map:merge((., map {
              'x': $x, 'y': $y, 'r': $r, 'lx': $lx, 'ly': $ly, 'anchor': $anchor,
              'xs': ($x - $r, $x + $r, $left, $left + $lw),
              'ys': ($y - $r, $y + $r, $ly - $c:net?font, $ly + $c:net?font div 3) }))"/>
        </xsl:for-each>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="edges" select="$c:network-edges[exists($placed(?from)) and exists($placed(?to))]"/>
    <xsl:variable name="max-edge" select="max($edges ! ?letters)"/>
    <xsl:variable name="apexes" select="$edges ! c:edge-apex($placed(?from), $placed(?to))"/>
    <xsl:variable name="xs" select="$nodes ! $placed(?key)?xs, $apexes ! ?x"/>
    <xsl:variable name="ys" select="$nodes ! $placed(?key)?ys, $apexes ! ?y"/>
    <xsl:variable name="left" select="floor(min($xs) - $c:net?pad)"/>
    <xsl:variable name="top" select="floor(min($ys) - $c:net?pad)"/>
    <xsl:variable name="width" select="xs:integer(ceiling(max($xs) + $c:net?pad - $left))"/>
    <xsl:variable name="height" select="xs:integer(ceiling(max($ys) + $c:net?pad - $top))"/>
    <figure class="network-figure">
      <svg xmlns="http://www.w3.org/2000/svg" class="chart network-chart"
          width="{$width}" height="{$height}" viewBox="{$left} {$top} {$width} {$height}"
          aria-labelledby="network-title network-desc">
        <title id="network-title">Correspondence network</title>
        <desc id="network-desc">
          <xsl:value-of select="c:count($n, 'correspondent') || ' on a circle, in alphabetical order clockwise from the top; '
                                || c:count(count($edges), 'line') || ' from sender to recipient, wider for more letters. '
                                || 'The table below the picture gives the same numbers.'"/>
        </desc>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="3.5" markerHeight="3.5"
              orient="auto" markerUnits="strokeWidth">
            <path class="arrowhead" d="M0,1 L9,5 L0,9 z"/>
          </marker>
        </defs>
        <g class="edges">
          <xsl:for-each select="reverse($edges)">
            <xsl:variable name="a" select="$placed(?from)"/>
            <xsl:variable name="b" select="$placed(?to)"/>
            <xsl:variable name="width" select="$c:net?line-min + ($c:net?line-max - $c:net?line-min) * ?letters div $max-edge"/>
            <path class="edge" stroke-width="{c:num($width)}" marker-end="url(#arrow)"
                d="{c:edge-path($a?x, $a?y, $a?r, $b?x, $b?y, $b?r + 1)}">
              <title><xsl:value-of select="$a?label || ' → ' || $b?label || ': ' || c:count(?letters, 'letter')"/></title>
            </path>
          </xsl:for-each>
        </g>
        <g class="nodes">
          <xsl:for-each select="$nodes">
            <xsl:variable name="node" select="$placed(?key)"/>
            <xsl:variable name="summary" select="?label || ': ' || ?sent || ' sent, ' || ?received || ' received'"/>
            <xsl:variable name="content" as="element()*">
              <circle cx="{c:num($node?x)}" cy="{c:num($node?y)}" r="{c:num($node?r)}"/>
              <text x="{c:num($node?lx)}" y="{c:num($node?ly)}" text-anchor="{$node?anchor}">
                <xsl:value-of select="?label"/>
              </text>
              <title><xsl:value-of select="$summary"/></title>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="exists(?href)">
                <a class="node" href="{?href}" aria-label="{$summary}"><xsl:sequence select="$content"/></a>
              </xsl:when>
              <xsl:otherwise>
                <g class="node"><xsl:sequence select="$content"/></g>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </g>
      </svg>
      <figcaption>
        <p>
          <xsl:text>Who wrote to whom: each line runs from sender to recipient, and the more letters, the wider it is. Select a name to open its page.</xsl:text>
          <xsl:if test="count($c:network-nodes) gt $n">
            <xsl:value-of select="' The picture shows the ' || $n || ' correspondents with the most letters (of '
                                  || count($c:network-nodes) || '); the table lists every pair.'"/>
          </xsl:if>
        </p>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- The text alternative: every sender-recipient pair with its number of letters. -->
  <xsl:template name="c:network-table">
    <section class="network-pairs" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading">Letters by sender and recipient</h2>
      <table class="pairs">
        <thead>
          <tr><th scope="col">From</th><th scope="col">To</th><th scope="col" class="number">Letters</th></tr>
        </thead>
        <tbody>
          <xsl:for-each select="$c:network-edges">
            <tr>
              <td><xsl:sequence select="c:node-link(?from)"/></td>
              <td><xsl:sequence select="c:node-link(?to)"/></td>
              <td class="number"><xsl:value-of select="?letters"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:function name="c:node-link" as="node()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="starts-with($key, 'name:')">
        <xsl:value-of select="c:key-label($key)"/>
      </xsl:when>
      <xsl:otherwise>
        <a href="{$key}.html"><xsl:value-of select="c:key-label($key)"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A quadratic curve from node A to node B that bends to the left of the direction A→B
       (so A→B and B→A do not overlap), starting on A's rim and ending on B's. -->
  <xsl:function name="c:edge-path" as="xs:string">
    <xsl:param name="ax" as="xs:double"/>
    <xsl:param name="ay" as="xs:double"/>
    <xsl:param name="ar" as="xs:double"/>
    <xsl:param name="bx" as="xs:double"/>
    <xsl:param name="by" as="xs:double"/>
    <xsl:param name="br" as="xs:double"/>
    <xsl:variable name="dx" select="$bx - $ax"/>
    <xsl:variable name="dy" select="$by - $ay"/>
    <xsl:variable name="len" select="math:sqrt($dx * $dx + $dy * $dy)"/>
    <xsl:variable name="qx" select="($ax + $bx) div 2 + $dy * $c:net?bend"/>
    <xsl:variable name="qy" select="($ay + $by) div 2 - $dx * $c:net?bend"/>
    <xsl:variable name="start" select="c:towards($ax, $ay, $qx, $qy, $ar)"/>
    <xsl:variable name="end" select="c:towards($bx, $by, $qx, $qy, $br)"/>
    <xsl:sequence select="if ($len = 0) then '' else
        'M' || c:num($start[1]) || ',' || c:num($start[2])
        || ' Q' || c:num($qx) || ',' || c:num($qy)
        || ' ' || c:num($end[1]) || ',' || c:num($end[2])"/>
  </xsl:function>

  <!-- The middle of the curve c:edge-path draws from node $a to node $b (its farthest point
       from the straight line), for the picture's bounds. -->
  <xsl:function name="c:edge-apex" as="map(xs:string, xs:double)">
    <xsl:param name="a" as="map(*)"/>
    <xsl:param name="b" as="map(*)"/>
    <xsl:variable name="dx" select="$b?x - $a?x"/>
    <xsl:variable name="dy" select="$b?y - $a?y"/>
    <xsl:sequence select="map {
        'x': xs:double(($a?x + $b?x) div 2 + $dy * $c:net?bend div 2),
        'y': xs:double(($a?y + $b?y) div 2 - $dx * $c:net?bend div 2) }"/>
  </xsl:function>

  <!-- The point at distance $d from (x, y) in the direction of (tx, ty). -->
  <xsl:function name="c:towards" as="xs:double+">
    <xsl:param name="x" as="xs:double"/>
    <xsl:param name="y" as="xs:double"/>
    <xsl:param name="tx" as="xs:double"/>
    <xsl:param name="ty" as="xs:double"/>
    <xsl:param name="d" as="xs:double"/>
    <xsl:variable name="len" select="math:sqrt(($tx - $x) * ($tx - $x) + ($ty - $y) * ($ty - $y))"/>
    <xsl:sequence select="if ($len = 0) then ($x, $y)
                          else ($x + ($tx - $x) * $d div $len, $y + ($ty - $y) * $d div $len)"/>
  </xsl:function>

  <!-- A coordinate with one decimal: short, and the same on every run. -->
  <xsl:function name="c:num" as="xs:string">
    <xsl:param name="value" as="xs:double"/>
    <xsl:sequence select="format-number($value, '0.0')"/>
  </xsl:function>

</xsl:stylesheet>
