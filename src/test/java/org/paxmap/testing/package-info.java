/** Test support shared by the test packages: access to the real-world fixtures, small features to
 * exchange, and genuine bundles altered on the way ({@link org.paxmap.testing.HostileBundle}). */
package org.paxmap.testing;
