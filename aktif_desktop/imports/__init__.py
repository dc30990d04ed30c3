"""Import of partner, contact and participant lists from Excel, ODS and CSV files.

``reader`` turns a file into plain rows, ``fields`` detects the header row and the column
mapping, ``engine`` previews and commits an import (all or nothing) through the services,
``report`` writes the error report as xlsx.
"""
