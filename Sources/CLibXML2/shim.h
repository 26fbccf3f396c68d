// The libxml2 headers resconv uses (through the XMLShim C target and the XMLKit Swift module).
#ifndef RESCONV_LIBXML2_H
#define RESCONV_LIBXML2_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlversion.h>

#endif
