#include "textflag.h"

// func ifmaColumns(lo, hi, xp, yp []uint64, a, b int)
//
// ifmaColumns sums the 52-bit limb products of x (a limbs) and y (b limbs)
// by column: lo[j] gets the low halves of the products x[i]·y[j-i], hi[j]
// the high halves of x[i]·y[j-1-i] shifted one column down (so column j+1).
// xp and yp hold x and y between 8 zero limbs on each side; lo and hi hold
// ⌈(a+b-1)/16⌉·16 limbs. Each pass makes 16 columns: Y windows of 8 limbs
// (zmm) times broadcast X limbs by VPMADD52LUQ/HUQ, one window serving both
// 8-column blocks, two windows per loop for 8 independent sums.
TEXT ·ifmaColumns(SB), NOSPLIT, $0-112
	MOVQ lo_base+0(FP), DI
	MOVQ hi_base+24(FP), SI
	MOVQ xp_base+48(FP), R8
	MOVQ yp_base+72(FP), R9
	MOVQ a+96(FP), R10
	MOVQ b+104(FP), R11
	LEAQ -1(R10)(R11*1), R13	// A+B-1 lo columns
	XORQ R12, R12	// k
block:
	// dhi = min(k+8, B-1), dlo = max(k-A+1, -7)
	LEAQ 8(R12), AX
	LEAQ -1(R11), BX
	CMPQ AX, BX
	CMOVQGT BX, AX	// AX = dhi
	MOVQ R12, CX
	SUBQ R10, CX
	INCQ CX
	MOVQ $-7, BX
	CMPQ CX, BX
	CMOVQLT BX, CX	// CX = dlo
	NEGQ CX
	ADDQ AX, CX
	INCQ CX	// count = dhi - dlo + 1
	LEAQ 64(R9)(AX*8), R15	// window W(dhi)
	MOVQ R12, BX
	SUBQ AX, BX
	LEAQ 64(R8)(BX*8), R14	// X[k - dhi]
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	MOVQ CX, DX
	SHRQ $1, DX
	JZ rest
pair:
	VMOVDQU64 (R15), Z0
	VMOVDQU64 -8(R15), Z1
	VPBROADCASTQ (R14), Z12
	VPBROADCASTQ 64(R14), Z13
	VPBROADCASTQ 8(R14), Z14
	VPBROADCASTQ 72(R14), Z15
	VPMADD52LUQ Z12, Z0, Z2
	VPMADD52HUQ Z12, Z0, Z3
	VPMADD52LUQ Z13, Z0, Z4
	VPMADD52HUQ Z13, Z0, Z5
	VPMADD52LUQ Z14, Z1, Z6
	VPMADD52HUQ Z14, Z1, Z7
	VPMADD52LUQ Z15, Z1, Z8
	VPMADD52HUQ Z15, Z1, Z9
	ADDQ $16, R14
	SUBQ $16, R15
	DECQ DX
	JNZ pair
rest:
	TESTQ $1, CX
	JZ sum
	VMOVDQU64 (R15), Z0
	VPBROADCASTQ (R14), Z12
	VPBROADCASTQ 64(R14), Z13
	VPMADD52LUQ Z12, Z0, Z2
	VPMADD52HUQ Z12, Z0, Z3
	VPMADD52LUQ Z13, Z0, Z4
	VPMADD52HUQ Z13, Z0, Z5
sum:
	VPADDQ Z6, Z2, Z2
	VPADDQ Z7, Z3, Z3
	VPADDQ Z8, Z4, Z4
	VPADDQ Z9, Z5, Z5
	VMOVDQU64 Z2, (DI)
	VMOVDQU64 Z4, 64(DI)
	VMOVDQU64 Z3, (SI)
	VMOVDQU64 Z5, 64(SI)
	ADDQ $128, DI
	ADDQ $128, SI
	ADDQ $16, R12
	CMPQ R12, R13
	JLT block
	VZEROUPPER
	RET

// func cpuHasIFMA() bool
//
// cpuHasIFMA reports whether CPUID lists AVX-512F and AVX-512 IFMA and the
// operating system saves the opmask and zmm registers (XCR0 bits 1, 2, 5,
// 6 and 7).
TEXT ·cpuHasIFMA(SB), NOSPLIT, $0-1
	MOVL $0, AX
	CPUID
	CMPL AX, $7
	JLT no
	MOVL $1, AX
	CPUID
	TESTL $(1<<27), CX	// OSXSAVE
	JZ no
	MOVL $0, CX
	XGETBV
	ANDL $0xe6, AX
	CMPL AX, $0xe6
	JNE no
	MOVL $7, AX
	MOVL $0, CX
	CPUID
	ANDL $((1<<16)|(1<<21)), BX
	CMPL BX, $((1<<16)|(1<<21))
	JNE no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET
