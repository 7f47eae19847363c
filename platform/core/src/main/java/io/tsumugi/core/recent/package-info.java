/** The records each user opened or saved lately ({@code sys_recent_record}), for the home page. */
package io.tsumugi.core.recent;
