/**
 * The import of Ofsted's monitoring and focused visits, and the tables of visits by type, year and theme and between
 * inspections.
 */
package org.ratingspipeline.visits;
