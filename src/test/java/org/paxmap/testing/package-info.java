/** Test support shared by the test packages: access to the real-world fixtures and small features to exchange. */
package org.paxmap.testing;
