/** Taxonomy: sections (with subsections) and tags. */
package org.newsroom.taxonomy;
