# Wrong: adds only the first three numbers of a line.
# DOMjudge's annotations say what it must get, whatever its folder:
# @EXPECTED_RESULTS@: WRONG-ANSWER
# @EXPECTED_SCORE@: 20
print(sum(map(int, input().split()[:3])))
