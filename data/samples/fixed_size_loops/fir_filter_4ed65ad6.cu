// Warp 1.19.0 cuda code for fir_filter_4ed65ad6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fir_filter_3da402f6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> var_coeffs,
    wp::array_t<wp::float32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::shape_t* var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::shape_t var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 0;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 2;
        wp::int32 var_49;
        const wp::int32 var_50 = 0;
        wp::shape_t* var_51;
        const wp::int32 var_52 = 0;
        wp::int32 var_53;
        wp::shape_t var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::shape_t* var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::shape_t var_61;
        wp::int32 var_62;
        wp::float32* var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 3;
        wp::int32 var_70;
        const wp::int32 var_71 = 0;
        wp::shape_t* var_72;
        const wp::int32 var_73 = 0;
        wp::int32 var_74;
        wp::shape_t var_75;
        const wp::int32 var_76 = 1;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::shape_t* var_79;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        wp::shape_t var_82;
        wp::int32 var_83;
        wp::float32* var_84;
        wp::float32* var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 4;
        wp::int32 var_91;
        const wp::int32 var_92 = 0;
        wp::shape_t* var_93;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::shape_t var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::int32 var_99;
        wp::shape_t* var_100;
        const wp::int32 var_101 = 0;
        wp::int32 var_102;
        wp::shape_t var_103;
        wp::int32 var_104;
        wp::float32* var_105;
        wp::float32* var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        //---------
        // forward
        // def fir_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // x = signal[tid]                                                                        <L 10>
        var_1 = wp::address(var_signal, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc = float(0.0)                                                                       <L 11>
        var_5 = wp::float(var_4);
        // for k in range(wp.static(TAPS)):                                                       <L 12>
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_7 = wp::sub(var_0, var_6);
        var_9 = &(var_signal.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_16 = &(var_coeffs.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::mod(var_6, var_18);
        var_21 = wp::address(var_coeffs, var_20);
        var_22 = wp::address(var_signal, var_15);
        var_24 = wp::load(var_21);
        var_25 = wp::load(var_22);
        var_23 = wp::mul(var_24, var_25);
        var_26 = wp::add(var_5, var_23);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_28 = wp::sub(var_0, var_27);
        var_30 = &(var_signal.shape);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        var_35 = wp::sub(var_32, var_34);
        var_36 = wp::clamp(var_28, var_29, var_35);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_37 = &(var_coeffs.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        var_41 = wp::mod(var_27, var_39);
        var_42 = wp::address(var_coeffs, var_41);
        var_43 = wp::address(var_signal, var_36);
        var_45 = wp::load(var_42);
        var_46 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_46);
        var_47 = wp::add(var_26, var_44);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_49 = wp::sub(var_0, var_48);
        var_51 = &(var_signal.shape);
        var_54 = wp::load(var_51);
        var_53 = wp::extract(var_54, var_52);
        var_56 = wp::sub(var_53, var_55);
        var_57 = wp::clamp(var_49, var_50, var_56);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_58 = &(var_coeffs.shape);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_62 = wp::mod(var_48, var_60);
        var_63 = wp::address(var_coeffs, var_62);
        var_64 = wp::address(var_signal, var_57);
        var_66 = wp::load(var_63);
        var_67 = wp::load(var_64);
        var_65 = wp::mul(var_66, var_67);
        var_68 = wp::add(var_47, var_65);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_70 = wp::sub(var_0, var_69);
        var_72 = &(var_signal.shape);
        var_75 = wp::load(var_72);
        var_74 = wp::extract(var_75, var_73);
        var_77 = wp::sub(var_74, var_76);
        var_78 = wp::clamp(var_70, var_71, var_77);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_79 = &(var_coeffs.shape);
        var_82 = wp::load(var_79);
        var_81 = wp::extract(var_82, var_80);
        var_83 = wp::mod(var_69, var_81);
        var_84 = wp::address(var_coeffs, var_83);
        var_85 = wp::address(var_signal, var_78);
        var_87 = wp::load(var_84);
        var_88 = wp::load(var_85);
        var_86 = wp::mul(var_87, var_88);
        var_89 = wp::add(var_68, var_86);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_91 = wp::sub(var_0, var_90);
        var_93 = &(var_signal.shape);
        var_96 = wp::load(var_93);
        var_95 = wp::extract(var_96, var_94);
        var_98 = wp::sub(var_95, var_97);
        var_99 = wp::clamp(var_91, var_92, var_98);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_100 = &(var_coeffs.shape);
        var_103 = wp::load(var_100);
        var_102 = wp::extract(var_103, var_101);
        var_104 = wp::mod(var_90, var_102);
        var_105 = wp::address(var_coeffs, var_104);
        var_106 = wp::address(var_signal, var_99);
        var_108 = wp::load(var_105);
        var_109 = wp::load(var_106);
        var_107 = wp::mul(var_108, var_109);
        var_110 = wp::add(var_89, var_107);
        // out[tid] = x                                                                           <L 15>
        wp::array_store(var_out, var_0, var_2);
}



extern "C" __global__ void fir_filter_3da402f6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> var_coeffs,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_signal,
    wp::array_t<wp::float32> adj_coeffs,
    wp::array_t<wp::float32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::shape_t* var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::shape_t var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::int32 var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 0;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 2;
        wp::int32 var_49;
        const wp::int32 var_50 = 0;
        wp::shape_t* var_51;
        const wp::int32 var_52 = 0;
        wp::int32 var_53;
        wp::shape_t var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::shape_t* var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::shape_t var_61;
        wp::int32 var_62;
        wp::float32* var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::int32 var_69 = 3;
        wp::int32 var_70;
        const wp::int32 var_71 = 0;
        wp::shape_t* var_72;
        const wp::int32 var_73 = 0;
        wp::int32 var_74;
        wp::shape_t var_75;
        const wp::int32 var_76 = 1;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::shape_t* var_79;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        wp::shape_t var_82;
        wp::int32 var_83;
        wp::float32* var_84;
        wp::float32* var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 4;
        wp::int32 var_91;
        const wp::int32 var_92 = 0;
        wp::shape_t* var_93;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::shape_t var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::int32 var_99;
        wp::shape_t* var_100;
        const wp::int32 var_101 = 0;
        wp::int32 var_102;
        wp::shape_t var_103;
        wp::int32 var_104;
        wp::float32* var_105;
        wp::float32* var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::shape_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::shape_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::shape_t adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::shape_t adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::shape_t adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::shape_t adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::shape_t adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::shape_t adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::shape_t adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::shape_t adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::shape_t adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::shape_t adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::shape_t adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::shape_t adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::shape_t adj_103 = {};
        wp::int32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        //---------
        // forward
        // def fir_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // x = signal[tid]                                                                        <L 10>
        var_1 = wp::address(var_signal, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc = float(0.0)                                                                       <L 11>
        var_5 = wp::float(var_4);
        // for k in range(wp.static(TAPS)):                                                       <L 12>
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_7 = wp::sub(var_0, var_6);
        var_9 = &(var_signal.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_16 = &(var_coeffs.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::mod(var_6, var_18);
        var_21 = wp::address(var_coeffs, var_20);
        var_22 = wp::address(var_signal, var_15);
        var_24 = wp::load(var_21);
        var_25 = wp::load(var_22);
        var_23 = wp::mul(var_24, var_25);
        var_26 = wp::add(var_5, var_23);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_28 = wp::sub(var_0, var_27);
        var_30 = &(var_signal.shape);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        var_35 = wp::sub(var_32, var_34);
        var_36 = wp::clamp(var_28, var_29, var_35);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_37 = &(var_coeffs.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        var_41 = wp::mod(var_27, var_39);
        var_42 = wp::address(var_coeffs, var_41);
        var_43 = wp::address(var_signal, var_36);
        var_45 = wp::load(var_42);
        var_46 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_46);
        var_47 = wp::add(var_26, var_44);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_49 = wp::sub(var_0, var_48);
        var_51 = &(var_signal.shape);
        var_54 = wp::load(var_51);
        var_53 = wp::extract(var_54, var_52);
        var_56 = wp::sub(var_53, var_55);
        var_57 = wp::clamp(var_49, var_50, var_56);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_58 = &(var_coeffs.shape);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_62 = wp::mod(var_48, var_60);
        var_63 = wp::address(var_coeffs, var_62);
        var_64 = wp::address(var_signal, var_57);
        var_66 = wp::load(var_63);
        var_67 = wp::load(var_64);
        var_65 = wp::mul(var_66, var_67);
        var_68 = wp::add(var_47, var_65);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_70 = wp::sub(var_0, var_69);
        var_72 = &(var_signal.shape);
        var_75 = wp::load(var_72);
        var_74 = wp::extract(var_75, var_73);
        var_77 = wp::sub(var_74, var_76);
        var_78 = wp::clamp(var_70, var_71, var_77);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_79 = &(var_coeffs.shape);
        var_82 = wp::load(var_79);
        var_81 = wp::extract(var_82, var_80);
        var_83 = wp::mod(var_69, var_81);
        var_84 = wp::address(var_coeffs, var_83);
        var_85 = wp::address(var_signal, var_78);
        var_87 = wp::load(var_84);
        var_88 = wp::load(var_85);
        var_86 = wp::mul(var_87, var_88);
        var_89 = wp::add(var_68, var_86);
        // idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                        <L 13>
        var_91 = wp::sub(var_0, var_90);
        var_93 = &(var_signal.shape);
        var_96 = wp::load(var_93);
        var_95 = wp::extract(var_96, var_94);
        var_98 = wp::sub(var_95, var_97);
        var_99 = wp::clamp(var_91, var_92, var_98);
        // acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                       <L 14>
        var_100 = &(var_coeffs.shape);
        var_103 = wp::load(var_100);
        var_102 = wp::extract(var_103, var_101);
        var_104 = wp::mod(var_90, var_102);
        var_105 = wp::address(var_coeffs, var_104);
        var_106 = wp::address(var_signal, var_99);
        var_108 = wp::load(var_105);
        var_109 = wp::load(var_106);
        var_107 = wp::mul(var_108, var_109);
        var_110 = wp::add(var_89, var_107);
        // out[tid] = x                                                                           <L 15>
        // wp::array_store(var_out, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
        // adj: out[tid] = x                                                                      <L 15>
        wp::adj_add(var_89, var_107, adj_89, adj_107, adj_110);
        wp::adj_mul(var_108, var_109, adj_105, adj_106, adj_107);
        wp::adj_address(var_signal, var_99, adj_signal, adj_99, adj_106);
        wp::adj_address(var_coeffs, var_104, adj_coeffs, adj_104, adj_105);
        wp::adj_mod(var_90, var_102, adj_90, adj_102, adj_104);
        adj_coeffs.shape = adj_100;
        // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
        wp::adj_clamp(var_91, var_92, var_98, adj_91, adj_92, adj_98, adj_99);
        wp::adj_sub(var_95, var_97, adj_95, adj_97, adj_98);
        adj_signal.shape = adj_93;
        wp::adj_sub(var_0, var_90, adj_0, adj_90, adj_91);
        // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
        wp::adj_add(var_68, var_86, adj_68, adj_86, adj_89);
        wp::adj_mul(var_87, var_88, adj_84, adj_85, adj_86);
        wp::adj_address(var_signal, var_78, adj_signal, adj_78, adj_85);
        wp::adj_address(var_coeffs, var_83, adj_coeffs, adj_83, adj_84);
        wp::adj_mod(var_69, var_81, adj_69, adj_81, adj_83);
        adj_coeffs.shape = adj_79;
        // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
        wp::adj_clamp(var_70, var_71, var_77, adj_70, adj_71, adj_77, adj_78);
        wp::adj_sub(var_74, var_76, adj_74, adj_76, adj_77);
        adj_signal.shape = adj_72;
        wp::adj_sub(var_0, var_69, adj_0, adj_69, adj_70);
        // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
        wp::adj_add(var_47, var_65, adj_47, adj_65, adj_68);
        wp::adj_mul(var_66, var_67, adj_63, adj_64, adj_65);
        wp::adj_address(var_signal, var_57, adj_signal, adj_57, adj_64);
        wp::adj_address(var_coeffs, var_62, adj_coeffs, adj_62, adj_63);
        wp::adj_mod(var_48, var_60, adj_48, adj_60, adj_62);
        adj_coeffs.shape = adj_58;
        // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
        wp::adj_clamp(var_49, var_50, var_56, adj_49, adj_50, adj_56, adj_57);
        wp::adj_sub(var_53, var_55, adj_53, adj_55, adj_56);
        adj_signal.shape = adj_51;
        wp::adj_sub(var_0, var_48, adj_0, adj_48, adj_49);
        // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
        wp::adj_add(var_26, var_44, adj_26, adj_44, adj_47);
        wp::adj_mul(var_45, var_46, adj_42, adj_43, adj_44);
        wp::adj_address(var_signal, var_36, adj_signal, adj_36, adj_43);
        wp::adj_address(var_coeffs, var_41, adj_coeffs, adj_41, adj_42);
        wp::adj_mod(var_27, var_39, adj_27, adj_39, adj_41);
        adj_coeffs.shape = adj_37;
        // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
        wp::adj_clamp(var_28, var_29, var_35, adj_28, adj_29, adj_35, adj_36);
        wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
        adj_signal.shape = adj_30;
        wp::adj_sub(var_0, var_27, adj_0, adj_27, adj_28);
        // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
        wp::adj_add(var_5, var_23, adj_5, adj_23, adj_26);
        wp::adj_mul(var_24, var_25, adj_21, adj_22, adj_23);
        wp::adj_address(var_signal, var_15, adj_signal, adj_15, adj_22);
        wp::adj_address(var_coeffs, var_20, adj_coeffs, adj_20, adj_21);
        wp::adj_mod(var_6, var_18, adj_6, adj_18, adj_20);
        adj_coeffs.shape = adj_16;
        // adj: acc += coeffs[k % coeffs.shape[0]] * signal[idx]                                  <L 14>
        wp::adj_clamp(var_7, var_8, var_14, adj_7, adj_8, adj_14, adj_15);
        wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
        adj_signal.shape = adj_9;
        wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
        // adj: idx = wp.clamp(tid - k, 0, signal.shape[0] - 1)                                   <L 13>
        // adj: for k in range(wp.static(TAPS)):                                                  <L 12>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: acc = float(0.0)                                                                  <L 11>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_signal, var_0, adj_signal, adj_0, adj_1);
        // adj: x = signal[tid]                                                                   <L 10>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def fir_filter(signal: wp.array(dtype=float), coeffs: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 8>
        return;
}

