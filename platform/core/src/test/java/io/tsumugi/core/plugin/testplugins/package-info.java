/** Classes packed into plugin jars by the host tests (never loaded from the test classpath). */
package io.tsumugi.core.plugin.testplugins;
