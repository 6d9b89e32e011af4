process.stdout.write('claim-annotator: not yet\n');
