/** Demo content: the example stories and their one-time seed. */
package org.newsroom.demo;
