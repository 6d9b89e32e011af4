process.stdout.write('eval: not yet\n');
