/**
 * DfE's register of local authorities and regions, and the resolution of an input row's names and codes to the
 * authority on its date.
 */
package org.ratingspipeline.authority;
