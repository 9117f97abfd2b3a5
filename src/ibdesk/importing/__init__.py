"""Pupils from the school's administration (issue 17): EDEX/EDEXML exports (ParnasSys, ESIS)
and CSV exports (Magister, Somtoday), read into one shape and matched against ibdesk.

Plain Python, no Qt and no database: `edex` and `csvfile` turn a file's bytes into an
`Export` (model.py); `plan` compares it with the stored pupils and says what an import would
change. services/pupil_import.py reads the stored pupils and writes the confirmed plan.
"""
