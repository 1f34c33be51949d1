/** Articles: stories, their workflow and the published-article queries the reader site uses. */
package org.newsroom.article;
