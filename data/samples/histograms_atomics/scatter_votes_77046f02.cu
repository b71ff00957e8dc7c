// Warp 1.19.0 cuda code for scatter_votes_77046f02.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void scatter_votes_fa247870_cuda_kernel_forward(
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
        bool var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 100.0;
        wp::float32 var_9;
        wp::int8 var_10;
        wp::float64 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.75;
        const wp::float32 var_15 = 10.0;
        bool var_16;
        const wp::float32 var_17 = 3.0;
        wp::float32 var_18;
        const bool var_19 = false;
        const wp::float32 var_20 = 0.9;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::shape_t* var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::shape_t var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        wp::shape_t* var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        wp::shape_t var_48;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::float32 var_54;
        //---------
        // forward
        // def scatter_votes(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // value = values[tid]                                                                    <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // slot = wp.int8(wp.clamp(wp.where(wp.isfinite(value), value, 0.0), 0.0, 100.0))         <L 8>
        var_4 = wp::isfinite(var_2);
        var_6 = wp::where(var_4, var_2, var_5);
        var_9 = wp::clamp(var_6, var_7, var_8);
        var_10 = wp::int8(var_9);
        // energy = wp.float64(value)                                                             <L 9>
        var_11 = wp::float64(var_2);
        // composed = wp.vec3(wp.sqrt(wp.abs(value)), value if 0.75 < 10.0 else 3.0, wp.where(False, value, 0.9))       <L 10>
        var_12 = wp::abs(var_2);
        var_13 = wp::sqrt(var_12);
        var_16 = (var_14 < var_15);
        if (var_16) {
        }
        if (!var_16) {
        }
        var_18 = wp::where(var_16, var_2, var_17);
        var_21 = wp::where(var_19, var_2, var_20);
        var_22 = wp::vec_t<3, wp::float32>(var_13, var_18, var_21);
        // raw = float(slot) + float(energy) + wp.length(composed)                                <L 11>
        var_23 = wp::float(var_10);
        var_24 = wp::float(var_11);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::length(var_22);
        var_27 = wp::add(var_25, var_26);
        // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 12>
        var_28 = wp::isfinite(var_27);
        var_30 = wp::where(var_28, var_27, var_29);
        // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 13>
        var_31 = wp::abs(var_30);
        var_32 = &(var_bins.shape);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::float(var_34);
        var_37 = wp::mul(var_31, var_36);
        var_38 = wp::int(var_37);
        var_39 = &(var_bins.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = wp::mod(var_38, var_41);
        var_45 = &(var_bins.shape);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_50 = wp::sub(var_47, var_49);
        var_51 = wp::clamp(var_43, var_44, var_50);
        // wp.atomic_add(bins, b, 1)                                                              <L 14>
        var_53 = wp::atomic_add(var_bins, var_51, var_52);
        // wp.atomic_add(sums, b, key)                                                            <L 15>
        var_54 = wp::atomic_add(var_sums, var_51, var_30);
}



extern "C" __global__ void scatter_votes_fa247870_cuda_kernel_backward(
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
        bool var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 100.0;
        wp::float32 var_9;
        wp::int8 var_10;
        wp::float64 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.75;
        const wp::float32 var_15 = 10.0;
        bool var_16;
        const wp::float32 var_17 = 3.0;
        wp::float32 var_18;
        const bool var_19 = false;
        const wp::float32 var_20 = 0.9;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::shape_t* var_32;
        const wp::int32 var_33 = 0;
        wp::int32 var_34;
        wp::shape_t var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 0;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        wp::shape_t* var_45;
        const wp::int32 var_46 = 0;
        wp::int32 var_47;
        wp::shape_t var_48;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::float32 var_54;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int8 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::shape_t adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::shape_t adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::shape_t adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::shape_t adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::shape_t adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::shape_t adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        //---------
        // forward
        // def scatter_votes(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // value = values[tid]                                                                    <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // slot = wp.int8(wp.clamp(wp.where(wp.isfinite(value), value, 0.0), 0.0, 100.0))         <L 8>
        var_4 = wp::isfinite(var_2);
        var_6 = wp::where(var_4, var_2, var_5);
        var_9 = wp::clamp(var_6, var_7, var_8);
        var_10 = wp::int8(var_9);
        // energy = wp.float64(value)                                                             <L 9>
        var_11 = wp::float64(var_2);
        // composed = wp.vec3(wp.sqrt(wp.abs(value)), value if 0.75 < 10.0 else 3.0, wp.where(False, value, 0.9))       <L 10>
        var_12 = wp::abs(var_2);
        var_13 = wp::sqrt(var_12);
        var_16 = (var_14 < var_15);
        if (var_16) {
        }
        if (!var_16) {
        }
        var_18 = wp::where(var_16, var_2, var_17);
        var_21 = wp::where(var_19, var_2, var_20);
        var_22 = wp::vec_t<3, wp::float32>(var_13, var_18, var_21);
        // raw = float(slot) + float(energy) + wp.length(composed)                                <L 11>
        var_23 = wp::float(var_10);
        var_24 = wp::float(var_11);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::length(var_22);
        var_27 = wp::add(var_25, var_26);
        // key = wp.where(wp.isfinite(raw), raw, 0.0)                                             <L 12>
        var_28 = wp::isfinite(var_27);
        var_30 = wp::where(var_28, var_27, var_29);
        // b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)       <L 13>
        var_31 = wp::abs(var_30);
        var_32 = &(var_bins.shape);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::float(var_34);
        var_37 = wp::mul(var_31, var_36);
        var_38 = wp::int(var_37);
        var_39 = &(var_bins.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = wp::mod(var_38, var_41);
        var_45 = &(var_bins.shape);
        var_48 = wp::load(var_45);
        var_47 = wp::extract(var_48, var_46);
        var_50 = wp::sub(var_47, var_49);
        var_51 = wp::clamp(var_43, var_44, var_50);
        // wp.atomic_add(bins, b, 1)                                                              <L 14>
        // var_53 = wp::atomic_add(var_bins, var_51, var_52);
        // wp.atomic_add(sums, b, key)                                                            <L 15>
        // var_54 = wp::atomic_add(var_sums, var_51, var_30);
        //---------
        // reverse
        wp::adj_atomic_add(var_sums, var_51, var_30, adj_sums, adj_51, adj_30, adj_54);
        // adj: wp.atomic_add(sums, b, key)                                                       <L 15>
        wp::adj_atomic_add(var_bins, var_51, var_52, adj_bins, adj_51, adj_52, adj_53);
        // adj: wp.atomic_add(bins, b, 1)                                                         <L 14>
        wp::adj_clamp(var_43, var_44, var_50, adj_43, adj_44, adj_50, adj_51);
        wp::adj_sub(var_47, var_49, adj_47, adj_49, adj_50);
        adj_bins.shape = adj_45;
        wp::adj_mod(var_38, var_41, adj_38, adj_41, adj_43);
        adj_bins.shape = adj_39;
        wp::adj_mul(var_31, var_36, adj_31, adj_36, adj_37);
        wp::adj_float(var_34, adj_34, adj_36);
        adj_bins.shape = adj_32;
        wp::adj_abs(var_30, adj_30, adj_31);
        // adj: b = wp.clamp(int(wp.abs(key) * float(bins.shape[0])) % bins.shape[0], 0, bins.shape[0] - 1)  <L 13>
        wp::adj_where(var_28, var_27, var_29, adj_28, adj_27, adj_29, adj_30);
        // adj: key = wp.where(wp.isfinite(raw), raw, 0.0)                                        <L 12>
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_length(var_22, var_26, adj_22, adj_26);
        wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_float(var_11, adj_11, adj_24);
        wp::adj_float(var_10, adj_10, adj_23);
        // adj: raw = float(slot) + float(energy) + wp.length(composed)                           <L 11>
        wp::adj_vec_t(var_13, var_18, var_21, adj_13, adj_18, adj_21, adj_22);
        wp::adj_where(var_19, var_2, var_20, adj_19, adj_2, adj_20, adj_21);
        wp::adj_where(var_16, var_2, var_17, adj_16, adj_2, adj_17, adj_18);
        if (!var_16) {
        }
        if (var_16) {
        }
        wp::adj_sqrt(var_12, var_13, adj_12, adj_13);
        wp::adj_abs(var_2, adj_2, adj_12);
        // adj: composed = wp.vec3(wp.sqrt(wp.abs(value)), value if 0.75 < 10.0 else 3.0, wp.where(False, value, 0.9))  <L 10>
        wp::adj_float64(var_2, adj_2, adj_11);
        // adj: energy = wp.float64(value)                                                        <L 9>
        wp::adj_clamp(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        wp::adj_where(var_4, var_2, var_5, adj_4, adj_2, adj_5, adj_6);
        // adj: slot = wp.int8(wp.clamp(wp.where(wp.isfinite(value), value, 0.0), 0.0, 100.0))    <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: value = values[tid]                                                               <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def scatter_votes(values: wp.array(dtype=float), bins: wp.array(dtype=int), sums: wp.array(dtype=float)):  <L 5>
        return;
}

