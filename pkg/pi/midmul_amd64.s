#include "textflag.h"

// PRODUCT adds x[off/8]·DX and the high word hiIn to z[off/8] in the row at
// R11 (x) and R12 (z): the high word goes out in hiOut, CF and OF carry.
#define PRODUCT(off, lo, hiIn, hiOut) \
	MULXQ off(R11), lo, hiOut \
	ADCXQ hiIn, lo \
	ADOXQ off(R12), lo \
	MOVQ lo, off(R12)

// VV4 sets z = x op y on the 4 words at SI, DI and R8, carry in and out.
#define VV4(op) \
	MOVQ (SI), AX \
	MOVQ 8(SI), R9 \
	MOVQ 16(SI), R10 \
	MOVQ 24(SI), R11 \
	op (DI), AX \
	op 8(DI), R9 \
	op 16(DI), R10 \
	op 24(DI), R11 \
	MOVQ AX, (R8) \
	MOVQ R9, 8(R8) \
	MOVQ R10, 16(R8) \
	MOVQ R11, 24(R8)

// func basicMulADX(z, x, y []big.Word)
//
// z[0:len(x)+len(y)] = x·y for len(x), len(y) ≥ 1, z[0:len(x)] already zero.
// One row of x per word of y (z[i:] += x·y[i]), 8 products per block with
// two carry chains (ADCX for the high words, ADOX for z's words); a row
// whose length is not a multiple of 8 enters its first block part way.
TEXT ·basicMulADX(SB), NOSPLIT, $0-72
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ x_len+32(FP), R10
	MOVQ y_base+48(FP), R8
	MOVQ y_len+56(FP), R9
	// CX = (-n) mod 8 positions skipped in the first block; the row
	// pointers start that many words early so offsets line up.
	MOVQ R10, CX
	NEGQ CX
	ANDQ $7, CX
	MOVQ CX, AX
	SHLQ $3, AX
	SUBQ AX, SI
	SUBQ AX, DI
	ADDQ $7, R10
	SHRQ $3, R10
row:
	MOVQ (R8), DX
	MOVQ SI, R11
	MOVQ DI, R12
	MOVQ R10, R13
	XORL BX, BX
	XORL R14, R14
	// A taken JEQ leaves CF and OF clear, as both carry chains need.
	CMPQ CX, $0
	JEQ p0
	CMPQ CX, $1
	JEQ p1
	CMPQ CX, $2
	JEQ p2
	CMPQ CX, $3
	JEQ p3
	CMPQ CX, $4
	JEQ p4
	CMPQ CX, $5
	JEQ p5
	CMPQ CX, $6
	JEQ p6
	CMPQ CX, $7
	JEQ p7
p0:
	PRODUCT(0, AX, R14, BX)
p1:
	PRODUCT(8, R15, BX, R14)
p2:
	PRODUCT(16, AX, R14, BX)
p3:
	PRODUCT(24, R15, BX, R14)
p4:
	PRODUCT(32, AX, R14, BX)
p5:
	PRODUCT(40, R15, BX, R14)
p6:
	PRODUCT(48, AX, R14, BX)
p7:
	PRODUCT(56, R15, BX, R14)
	// Fold both chains into the carry word; SUBQ of a count above 1
	// leaves CF and OF clear again.
	MOVL $0, AX
	ADCXQ AX, R14
	ADOXQ AX, R14
	LEAQ 64(R11), R11
	LEAQ 64(R12), R12
	SUBQ $1, R13
	JNZ p0
	MOVQ R14, (R12)
	ADDQ $8, DI
	ADDQ $8, R8
	SUBQ $1, R9
	JNZ row
	RET

// func cpuHasADX() bool
//
// cpuHasADX reports whether CPUID leaf 7 lists both BMI2 (MULX) and ADX.
TEXT ·cpuHasADX(SB), NOSPLIT, $0-1
	MOVL $0, AX
	CPUID
	CMPL AX, $7
	JLT no
	MOVL $7, AX
	MOVL $0, CX
	CPUID
	ANDL $0x80100, BX
	CMPL BX, $0x80100
	JNE no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET

// func addVVAsm(z, x, y []big.Word) big.Word
//
// addVVAsm sets z = x + y for len(z), len(y) ≥ len(x) and returns the carry.
TEXT ·addVVAsm(SB), NOSPLIT, $0-80
	MOVQ z_base+0(FP), R8
	MOVQ x_base+24(FP), SI
	MOVQ x_len+32(FP), BX
	MOVQ y_base+48(FP), DI
	MOVQ BX, CX
	SHRQ $2, BX
	ANDQ $3, CX	// clears CF
	JZ addVVAsm4
addVVAsm1:
	MOVQ (SI), AX
	ADCQ (DI), AX
	MOVQ AX, (R8)
	LEAQ 8(SI), SI
	LEAQ 8(DI), DI
	LEAQ 8(R8), R8
	DECQ CX	// keeps CF
	JNZ addVVAsm1
addVVAsm4:
	SBBQ CX, CX	// CX = -carry
	TESTQ BX, BX
	JZ addVVAsmdone
	NEGQ CX	// CF = carry
addVVAsm4cont:
	VV4(ADCQ)
	LEAQ 32(SI), SI
	LEAQ 32(DI), DI
	LEAQ 32(R8), R8
	DECQ BX
	JNZ addVVAsm4cont
	SBBQ CX, CX
addVVAsmdone:
	NEGQ CX
	MOVQ CX, ret+72(FP)
	RET

// func subVVAsm(z, x, y []big.Word) big.Word
//
// subVVAsm sets z = x - y for len(z), len(y) ≥ len(x) and returns the borrow.
TEXT ·subVVAsm(SB), NOSPLIT, $0-80
	MOVQ z_base+0(FP), R8
	MOVQ x_base+24(FP), SI
	MOVQ x_len+32(FP), BX
	MOVQ y_base+48(FP), DI
	MOVQ BX, CX
	SHRQ $2, BX
	ANDQ $3, CX	// clears CF
	JZ subVVAsm4
subVVAsm1:
	MOVQ (SI), AX
	SBBQ (DI), AX
	MOVQ AX, (R8)
	LEAQ 8(SI), SI
	LEAQ 8(DI), DI
	LEAQ 8(R8), R8
	DECQ CX	// keeps CF
	JNZ subVVAsm1
subVVAsm4:
	SBBQ CX, CX	// CX = -carry
	TESTQ BX, BX
	JZ subVVAsmdone
	NEGQ CX	// CF = carry
subVVAsm4cont:
	VV4(SBBQ)
	LEAQ 32(SI), SI
	LEAQ 32(DI), DI
	LEAQ 32(R8), R8
	DECQ BX
	JNZ subVVAsm4cont
	SBBQ CX, CX
subVVAsmdone:
	NEGQ CX
	MOVQ CX, ret+72(FP)
	RET
