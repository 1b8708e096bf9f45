"""Files and words out: explanations, PDFs, CSV/XLSX/PDF reports."""
