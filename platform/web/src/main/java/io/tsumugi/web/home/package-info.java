/** The home page's panels: the user's recent records and their open tasks. */
package io.tsumugi.web.home;
