/** Settings, SQL scripts, the reporting date and the formats every other package shares; it depends on none of them. */
package org.ratingspipeline.common;
