/**
 * How this installation is set up, as far as it matters to the people using it: the public
 * address links to Haven start with ({@link org.haven.setup.PublicUrl}), and the warnings an
 * admin sees on their home page while something needs their attention.
 */
package org.haven.setup;
