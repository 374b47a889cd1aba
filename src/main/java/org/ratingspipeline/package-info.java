/** The Spring Boot application that runs the ratings job from the command line; nothing depends on it. */
package org.ratingspipeline;
