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

// Byte indices that put the 8 bytes from byte ⌊52i/8⌋ of a 52-byte group
// into qword i; the odd qwords are then shifted 4 bits (52i mod 8) down.
DATA split52perm<>+0(SB)/8, $0x0706050403020100
DATA split52perm<>+8(SB)/8, $0x0d0c0b0a09080706
DATA split52perm<>+16(SB)/8, $0x14131211100f0e0d
DATA split52perm<>+24(SB)/8, $0x1a19181716151413
DATA split52perm<>+32(SB)/8, $0x21201f1e1d1c1b1a
DATA split52perm<>+40(SB)/8, $0x2726252423222120
DATA split52perm<>+48(SB)/8, $0x2e2d2c2b2a292827
DATA split52perm<>+56(SB)/8, $0x34333231302f2e2d
GLOBL split52perm<>(SB), RODATA|NOPTR, $64

// func split52(d []uint64, x []big.Word)
//
// split52 writes the 52-bit limbs of x's first len(d)/8 groups of 52 bytes
// into d, 8 limbs a group; x must hold 12 bytes more than those groups.
TEXT ·split52(SB), NOSPLIT, $0-48
	MOVQ d_base+0(FP), DI
	MOVQ d_len+8(FP), CX
	MOVQ x_base+24(FP), SI
	SHRQ $3, CX
	JZ split52done
	VMOVDQU64 split52perm<>(SB), Z1
	MOVQ $0xaa, AX
	KMOVB AX, K1	// odd qwords
	MOVQ $0xfffffffffffff, AX
	VPBROADCASTQ AX, Z3
split52loop:
	VMOVDQU64 (SI), Z0
	VPERMB Z0, Z1, Z4
	VPSRLQ $4, Z4, K1, Z4
	VPANDQ Z3, Z4, Z4
	VMOVDQU64 Z4, (DI)
	ADDQ $52, SI
	ADDQ $64, DI
	DECQ CX
	JNZ split52loop
	VZEROUPPER
split52done:
	RET

// Byte indices that gather the even and the odd limbs' bytes of a 52-byte
// group (the odd ones shifted 4 bits up), and which bytes each fills.
DATA pack52even<>+0(SB)/8, $0x0006050403020100
DATA pack52even<>+8(SB)/8, $0x1211100000000000
DATA pack52even<>+16(SB)/8, $0x0000000016151413
DATA pack52even<>+24(SB)/8, $0x2524232221200000
DATA pack52even<>+32(SB)/8, $0x3000000000000026
DATA pack52even<>+40(SB)/8, $0x0000363534333231
DATA pack52even<>+48(SB)/8, $0x0000000000000000
DATA pack52even<>+56(SB)/8, $0x0000000000000000
GLOBL pack52even<>(SB), RODATA|NOPTR, $64
DATA pack52odd<>+0(SB)/8, $0x0908000000000000
DATA pack52odd<>+8(SB)/8, $0x0000000e0d0c0b0a
DATA pack52odd<>+16(SB)/8, $0x1c1b1a1918000000
DATA pack52odd<>+24(SB)/8, $0x0000000000001e1d
DATA pack52odd<>+32(SB)/8, $0x002e2d2c2b2a2928
DATA pack52odd<>+40(SB)/8, $0x3a39380000000000
DATA pack52odd<>+48(SB)/8, $0x000000003e3d3c3b
DATA pack52odd<>+56(SB)/8, $0x0000000000000000
GLOBL pack52odd<>(SB), RODATA|NOPTR, $64
#define PACK52_EVEN_BYTES $0x00003f81fc0fe07f
#define PACK52_ODD_BYTES $0x000fe07f03f81fc0

// func pack52(z []big.Word, lo, hi []uint64)
//
// pack52 writes into z the number whose 52-bit column j is lo[j] + hi[j]
// (hi shifted one column down by the caller), each below 2^63, which must
// fit: 8 columns a step, carried in two rounds (the top bits into the next
// column, then the carries of 1 rippled through all-ones limbs by mask
// arithmetic) and packed into 52 bytes. lo and hi hold ⌈8·len(z)/52⌉ rounded
// up to 8 columns.
TEXT ·pack52(SB), NOSPLIT, $0-72
	MOVQ z_base+0(FP), DI
	MOVQ z_len+8(FP), R9
	MOVQ lo_base+24(FP), SI
	MOVQ hi_base+48(FP), R8
	SHLQ $3, R9	// bytes left in z
	JZ pack52done
	MOVQ $0xfffffffffffff, AX
	VPBROADCASTQ AX, Z10	// mask52
	MOVQ $0x10000000000000, AX
	VPBROADCASTQ AX, Z11	// bit 52
	MOVQ $1, AX
	VPBROADCASTQ AX, Z12	// ones
	VMOVDQU64 pack52even<>(SB), Z13
	VMOVDQU64 pack52odd<>(SB), Z14
	MOVQ PACK52_EVEN_BYTES, AX
	KMOVQ AX, K5
	MOVQ PACK52_ODD_BYTES, AX
	KMOVQ AX, K6
	MOVQ $0xaa, AX
	KMOVB AX, K7
	VPXORQ Z9, Z9, Z9	// the previous step's top bits
	XORL R10, R10	// carry into the step
pack52loop:
	VMOVDQU64 (SI), Z0
	VPADDQ (R8), Z0, Z0	// V = lo + hi
	VPSRLQ $52, Z0, Z1	// top bits
	VPANDQ Z10, Z0, Z0
	VALIGNQ $7, Z9, Z1, Z2	// top bits one column up
	VMOVDQA64 Z1, Z9
	VPADDQ Z2, Z0, Z0	// W < 2^52 + 2^11
	VPTESTMQ Z11, Z0, K1	// g: W carries out
	VPCMPEQQ Z10, Z0, K2	// p: W would pass a carry on
	VPANDQ Z10, Z0, Z0
	KMOVB K1, AX
	KMOVB K2, BX
	LEAL (R10)(AX*2), AX	// G = g<<1 | carry in
	ADDL BX, AX	// G + p
	MOVL AX, R10
	SHRL $8, R10	// carry out of the step
	XORL BX, AX	// lanes that take a carry
	KMOVB AX, K3
	VPADDQ Z12, Z0, K3, Z0
	VPANDQ Z10, Z0, Z0
	// Pack: odd limbs 4 bits up, then gather both halves' bytes.
	VPSLLQ $4, Z0, K7, Z0
	VPERMB.Z Z0, Z13, K5, Z3
	VPERMB.Z Z0, Z14, K6, Z4
	VPORQ Z4, Z3, Z3
	MOVQ $52, CX
	CMPQ R9, CX
	CMOVQLT R9, CX
	MOVQ $-1, AX
	BZHIQ CX, AX, AX
	KMOVQ AX, K4
	VMOVDQU8 Z3, K4, (DI)
	ADDQ $64, SI
	ADDQ $64, R8
	ADDQ $52, DI
	SUBQ $52, R9
	JG pack52loop
	VZEROUPPER
pack52done:
	RET

// func cpuHasIFMA() bool
//
// cpuHasIFMA reports whether CPUID lists AVX-512F, IFMA and VBMI and the
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
	TESTL $(1<<1), CX	// AVX512_VBMI
	JZ no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET
