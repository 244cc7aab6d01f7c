/** Test support shared by the test packages: access to the real-world fixtures. */
package org.paxmap.testing;
