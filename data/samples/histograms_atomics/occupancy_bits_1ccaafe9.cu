// Warp 1.19.0 cuda code for occupancy_bits_1ccaafe9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void occupancy_bits_20ca7b33_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_bins,
    wp::array_t<wp::float32> var_sums)
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
        const wp::float32 var_4 = 10.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1024;
        wp::int32 var_11;
        const wp::int32 var_12 = 31;
        wp::int32 var_13;
        const wp::int32 var_14 = 9;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1024;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 4096;
        wp::int32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::shape_t var_25;
        wp::int32 var_26;
        wp::shape_t* var_27;
        const wp::int32 var_28 = 0;
        wp::int32 var_29;
        wp::shape_t var_30;
        wp::int32 var_31;
        wp::shape_t* var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::shape_t var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::shape_t* var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        wp::shape_t var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::int32 var_51;
        wp::shape_t* var_52;
        const wp::int32 var_53 = 0;
        wp::int32 var_54;
        wp::shape_t var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 0;
        wp::shape_t* var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::shape_t var_61;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float32 var_67;
        //---------
        // forward
        // def occupancy_bits(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // value = values[tid]                                                                    <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // composed = wp.vec3(value, float(10.0), float(1.0))                                     <L 8>
        var_5 = wp::float(var_4);
        var_7 = wp::float(var_6);
        var_8 = wp::vec_t<3, wp::float32>(var_2, var_5, var_7);
        // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(9)) % 1024) % 4096                      <L 9>
        var_9 = wp::abs(var_0);
        var_11 = wp::mod(var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_15 = wp::int(var_14);
        var_16 = wp::abs(var_15);
        var_18 = wp::mod(var_16, var_17);
        var_19 = wp::add(var_13, var_18);
        var_21 = wp::mod(var_19, var_20);
        // wp.atomic_sub(sums, ((tid % sums.shape[0]) + sums.shape[0]) % sums.shape[0], value)       <L 10>
        var_22 = &(var_sums.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::mod(var_0, var_24);
        var_27 = &(var_sums.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = wp::add(var_26, var_29);
        var_32 = &(var_sums.shape);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::mod(var_31, var_34);
        var_37 = wp::atomic_sub(var_sums, var_36, var_2);
        // raw = wp.length(composed) + float(slot)                                                <L 11>
        var_38 = wp::length(var_8);
        var_39 = wp::float(var_21);
        var_40 = wp::add(var_38, var_39);
        // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 12>
        var_41 = wp::isfinite(var_40);
        var_43 = wp::where(var_41, var_40, var_42);
        // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 13>
        var_44 = wp::abs(var_43);
        var_45 = &(var_bins.shape);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_49 = wp::float(var_47);
        var_50 = wp::mul(var_44, var_49);
        var_51 = wp::int(var_50);
        var_52 = &(var_bins.shape);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_56 = wp::mod(var_51, var_54);
        var_58 = &(var_bins.shape);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_63 = wp::sub(var_60, var_62);
        var_64 = wp::clamp(var_56, var_57, var_63);
        // wp.atomic_add(bins, b, 1)                                                              <L 14>
        var_66 = wp::atomic_add(var_bins, var_64, var_65);
        // wp.atomic_add(sums, b, key)                                                            <L 15>
        var_67 = wp::atomic_add(var_sums, var_64, var_43);
}



extern "C" __global__ void occupancy_bits_20ca7b33_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_bins,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_bins,
    wp::array_t<wp::float32> adj_sums)
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
        const wp::float32 var_4 = 10.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1024;
        wp::int32 var_11;
        const wp::int32 var_12 = 31;
        wp::int32 var_13;
        const wp::int32 var_14 = 9;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1024;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 4096;
        wp::int32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::shape_t var_25;
        wp::int32 var_26;
        wp::shape_t* var_27;
        const wp::int32 var_28 = 0;
        wp::int32 var_29;
        wp::shape_t var_30;
        wp::int32 var_31;
        wp::shape_t* var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::shape_t var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::shape_t* var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        wp::shape_t var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::int32 var_51;
        wp::shape_t* var_52;
        const wp::int32 var_53 = 0;
        wp::int32 var_54;
        wp::shape_t var_55;
        wp::int32 var_56;
        const wp::int32 var_57 = 0;
        wp::shape_t* var_58;
        const wp::int32 var_59 = 0;
        wp::int32 var_60;
        wp::shape_t var_61;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        wp::float32 var_67;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::shape_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::shape_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::shape_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::shape_t adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::shape_t adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::shape_t adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::shape_t adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::shape_t adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::shape_t adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::shape_t adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::shape_t adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        //---------
        // forward
        // def occupancy_bits(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // value = values[tid]                                                                    <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // composed = wp.vec3(value, float(10.0), float(1.0))                                     <L 8>
        var_5 = wp::float(var_4);
        var_7 = wp::float(var_6);
        var_8 = wp::vec_t<3, wp::float32>(var_2, var_5, var_7);
        // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(9)) % 1024) % 4096                      <L 9>
        var_9 = wp::abs(var_0);
        var_11 = wp::mod(var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_15 = wp::int(var_14);
        var_16 = wp::abs(var_15);
        var_18 = wp::mod(var_16, var_17);
        var_19 = wp::add(var_13, var_18);
        var_21 = wp::mod(var_19, var_20);
        // wp.atomic_sub(sums, ((tid % sums.shape[0]) + sums.shape[0]) % sums.shape[0], value)       <L 10>
        var_22 = &(var_sums.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::mod(var_0, var_24);
        var_27 = &(var_sums.shape);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = wp::add(var_26, var_29);
        var_32 = &(var_sums.shape);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::mod(var_31, var_34);
        // var_37 = wp::atomic_sub(var_sums, var_36, var_2);
        // raw = wp.length(composed) + float(slot)                                                <L 11>
        var_38 = wp::length(var_8);
        var_39 = wp::float(var_21);
        var_40 = wp::add(var_38, var_39);
        // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 12>
        var_41 = wp::isfinite(var_40);
        var_43 = wp::where(var_41, var_40, var_42);
        // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 13>
        var_44 = wp::abs(var_43);
        var_45 = &(var_bins.shape);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_49 = wp::float(var_47);
        var_50 = wp::mul(var_44, var_49);
        var_51 = wp::int(var_50);
        var_52 = &(var_bins.shape);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_56 = wp::mod(var_51, var_54);
        var_58 = &(var_bins.shape);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_63 = wp::sub(var_60, var_62);
        var_64 = wp::clamp(var_56, var_57, var_63);
        // wp.atomic_add(bins, b, 1)                                                              <L 14>
        // var_66 = wp::atomic_add(var_bins, var_64, var_65);
        // wp.atomic_add(sums, b, key)                                                            <L 15>
        // var_67 = wp::atomic_add(var_sums, var_64, var_43);
        //---------
        // reverse
        wp::adj_atomic_add(var_sums, var_64, var_43, adj_sums, adj_64, adj_43, adj_67);
        // adj: wp.atomic_add(sums, b, key)                                                       <L 15>
        wp::adj_atomic_add(var_bins, var_64, var_65, adj_bins, adj_64, adj_65, adj_66);
        // adj: wp.atomic_add(bins, b, 1)                                                         <L 14>
        wp::adj_clamp(var_56, var_57, var_63, adj_56, adj_57, adj_63, adj_64);
        wp::adj_sub(var_60, var_62, adj_60, adj_62, adj_63);
        adj_bins.shape = adj_58;
        wp::adj_mod(var_51, var_54, adj_51, adj_54, adj_56);
        adj_bins.shape = adj_52;
        wp::adj_mul(var_44, var_49, adj_44, adj_49, adj_50);
        wp::adj_float(var_47, adj_47, adj_49);
        adj_bins.shape = adj_45;
        wp::adj_abs(var_43, adj_43, adj_44);
        // adj: b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)  <L 13>
        wp::adj_where(var_41, var_40, var_42, adj_41, adj_40, adj_42, adj_43);
        // adj: key = wp.where(wp.isfinite(raw), raw, 0.0)                                        <L 12>
        wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_float(var_21, adj_21, adj_39);
        wp::adj_length(var_8, var_38, adj_8, adj_38);
        // adj: raw = wp.length(composed) + float(slot)                                           <L 11>
        wp::adj_atomic_sub(var_sums, var_36, var_2, adj_sums, adj_36, adj_2, adj_37);
        wp::adj_mod(var_31, var_34, adj_31, adj_34, adj_36);
        adj_sums.shape = adj_32;
        wp::adj_add(var_26, var_29, adj_26, adj_29, adj_31);
        adj_sums.shape = adj_27;
        wp::adj_mod(var_0, var_24, adj_0, adj_24, adj_26);
        adj_sums.shape = adj_22;
        // adj: wp.atomic_sub(sums, ((tid % sums.shape[0]) + sums.shape[0]) % sums.shape[0], value)  <L 10>
        wp::adj_mod(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_add(var_13, var_18, adj_13, adj_18, adj_19);
        wp::adj_mod(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_abs(var_15, adj_15, adj_16);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_mod(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_abs(var_0, adj_0, adj_9);
        // adj: slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(9)) % 1024) % 4096                 <L 9>
        wp::adj_vec_t(var_2, var_5, var_7, adj_2, adj_5, adj_7, adj_8);
        wp::adj_float(var_6, adj_6, adj_7);
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: composed = wp.vec3(value, float(10.0), float(1.0))                                <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: value = values[tid]                                                               <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def occupancy_bits(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):  <L 5>
        return;
}

