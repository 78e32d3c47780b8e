// rules-examples runs this after building and running the example: the program must have printed the verdict.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('"amount":"500.00"') : 'the example prints the payout of 500.00 (capped)'
assert log.contains('owed 500.00 yuan; with the cap at 300: 300.00') : 'the lowered cap shows: 300.00'
assert !log.contains('13812345678') : 'personal data is masked'
assert !log.contains('No SLF4J providers') : 'the example binds SLF4J (slf4j-simple)'
