// Warp 1.19.0 cuda code for capsule_contacts_830d21d5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void capsule_contacts_6bf9f263_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::float32 var_13 = 1e-06;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32>* var_37;
        const wp::int32 var_38 = 1;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        //---------
        // forward
        // def capsule_contacts(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // pair = contact_pairs[tid]                                                              <L 14>
        var_1 = wp::address(var_contact_pairs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = pair[0]                                                                            <L 15>
        var_5 = wp::extract(var_2, var_4);
        // j = pair[1]                                                                            <L 16>
        var_7 = wp::extract(var_2, var_6);
        // if i == j:                                                                             <L 17>
        var_8 = (var_5 == var_7);
        if (var_8) {
            // return                                                                             <L 18>
            return;
        }
        // st = wp.closest_point_edge_edge(edge_starts[i], segment_ends[i], edge_starts[j], segment_ends[j], 1.0e-6)       <L 20>
        var_9 = wp::address(var_edge_starts, var_5);
        var_10 = wp::address(var_segment_ends, var_5);
        var_11 = wp::address(var_edge_starts, var_7);
        var_12 = wp::address(var_segment_ends, var_7);
        var_15 = wp::load(var_9);
        var_16 = wp::load(var_10);
        var_17 = wp::load(var_11);
        var_18 = wp::load(var_12);
        var_14 = wp::closest_point_edge_edge(var_15, var_16, var_17, var_18, var_13);
        // depth = radii[i] + radii[j] - st[2]                                                    <L 21>
        var_19 = wp::address(var_radii, var_5);
        var_20 = wp::address(var_radii, var_7);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::add(var_22, var_23);
        var_25 = wp::extract(var_14, var_24);
        var_26 = wp::sub(var_21, var_25);
        // if depth > 0.0:                                                                        <L 22>
        var_28 = (var_26 > var_27);
        if (var_28) {
            // pa = wp.lerp(edge_starts[i], segment_ends[i], st[0])                               <L 23>
            var_29 = wp::address(var_edge_starts, var_5);
            var_30 = wp::address(var_segment_ends, var_5);
            var_32 = wp::extract(var_14, var_31);
            var_34 = wp::load(var_29);
            var_35 = wp::load(var_30);
            var_33 = wp::lerp(var_34, var_35, var_32);
            // pb = wp.lerp(edge_starts[j], segment_ends[j], st[1])                               <L 24>
            var_36 = wp::address(var_edge_starts, var_7);
            var_37 = wp::address(var_segment_ends, var_7);
            var_39 = wp::extract(var_14, var_38);
            var_41 = wp::load(var_36);
            var_42 = wp::load(var_37);
            var_40 = wp::lerp(var_41, var_42, var_39);
            // f = wp.normalize(pa - pb) * (spring_stiffness[tid] * depth)                        <L 25>
            var_43 = wp::sub(var_33, var_40);
            var_44 = wp::normalize(var_43);
            var_45 = wp::address(var_spring_stiffness, var_0);
            var_47 = wp::load(var_45);
            var_46 = wp::mul(var_47, var_26);
            var_48 = wp::mul(var_44, var_46);
            // wp.atomic_add(forces, i, f)                                                        <L 26>
            var_49 = wp::atomic_add(var_forces, var_5, var_48);
            // wp.atomic_sub(forces, j, f)                                                        <L 27>
            var_50 = wp::atomic_sub(var_forces, var_7, var_48);
        }
}



extern "C" __global__ void capsule_contacts_6bf9f263_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_segment_ends,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_segment_ends,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32>* var_12;
        const wp::float32 var_13 = 1e-06;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32>* var_37;
        const wp::int32 var_38 = 1;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        //---------
        // forward
        // def capsule_contacts(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // pair = contact_pairs[tid]                                                              <L 14>
        var_1 = wp::address(var_contact_pairs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = pair[0]                                                                            <L 15>
        var_5 = wp::extract(var_2, var_4);
        // j = pair[1]                                                                            <L 16>
        var_7 = wp::extract(var_2, var_6);
        // if i == j:                                                                             <L 17>
        var_8 = (var_5 == var_7);
        if (var_8) {
            // return                                                                             <L 18>
            goto label0;
        }
        // st = wp.closest_point_edge_edge(edge_starts[i], segment_ends[i], edge_starts[j], segment_ends[j], 1.0e-6)       <L 20>
        var_9 = wp::address(var_edge_starts, var_5);
        var_10 = wp::address(var_segment_ends, var_5);
        var_11 = wp::address(var_edge_starts, var_7);
        var_12 = wp::address(var_segment_ends, var_7);
        var_15 = wp::load(var_9);
        var_16 = wp::load(var_10);
        var_17 = wp::load(var_11);
        var_18 = wp::load(var_12);
        var_14 = wp::closest_point_edge_edge(var_15, var_16, var_17, var_18, var_13);
        // depth = radii[i] + radii[j] - st[2]                                                    <L 21>
        var_19 = wp::address(var_radii, var_5);
        var_20 = wp::address(var_radii, var_7);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::add(var_22, var_23);
        var_25 = wp::extract(var_14, var_24);
        var_26 = wp::sub(var_21, var_25);
        // if depth > 0.0:                                                                        <L 22>
        var_28 = (var_26 > var_27);
        if (var_28) {
            // pa = wp.lerp(edge_starts[i], segment_ends[i], st[0])                               <L 23>
            var_29 = wp::address(var_edge_starts, var_5);
            var_30 = wp::address(var_segment_ends, var_5);
            var_32 = wp::extract(var_14, var_31);
            var_34 = wp::load(var_29);
            var_35 = wp::load(var_30);
            var_33 = wp::lerp(var_34, var_35, var_32);
            // pb = wp.lerp(edge_starts[j], segment_ends[j], st[1])                               <L 24>
            var_36 = wp::address(var_edge_starts, var_7);
            var_37 = wp::address(var_segment_ends, var_7);
            var_39 = wp::extract(var_14, var_38);
            var_41 = wp::load(var_36);
            var_42 = wp::load(var_37);
            var_40 = wp::lerp(var_41, var_42, var_39);
            // f = wp.normalize(pa - pb) * (spring_stiffness[tid] * depth)                        <L 25>
            var_43 = wp::sub(var_33, var_40);
            var_44 = wp::normalize(var_43);
            var_45 = wp::address(var_spring_stiffness, var_0);
            var_47 = wp::load(var_45);
            var_46 = wp::mul(var_47, var_26);
            var_48 = wp::mul(var_44, var_46);
            // wp.atomic_add(forces, i, f)                                                        <L 26>
            // var_49 = wp::atomic_add(var_forces, var_5, var_48);
            // wp.atomic_sub(forces, j, f)                                                        <L 27>
            // var_50 = wp::atomic_sub(var_forces, var_7, var_48);
        }
        //---------
        // reverse
        if (var_28) {
            wp::adj_atomic_sub(var_forces, var_7, var_48, adj_forces, adj_7, adj_48, adj_50);
            // adj: wp.atomic_sub(forces, j, f)                                                   <L 27>
            wp::adj_atomic_add(var_forces, var_5, var_48, adj_forces, adj_5, adj_48, adj_49);
            // adj: wp.atomic_add(forces, i, f)                                                   <L 26>
            wp::adj_mul(var_44, var_46, adj_44, adj_46, adj_48);
            wp::adj_mul(var_47, var_26, adj_45, adj_26, adj_46);
            wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_45);
            wp::adj_normalize(var_43, var_44, adj_43, adj_44);
            wp::adj_sub(var_33, var_40, adj_33, adj_40, adj_43);
            // adj: f = wp.normalize(pa - pb) * (spring_stiffness[tid] * depth)                   <L 25>
            wp::adj_lerp(var_41, var_42, var_39, adj_36, adj_37, adj_39, adj_40);
            wp::adj_extract(var_14, var_38, adj_14, adj_38, adj_39);
            wp::adj_address(var_segment_ends, var_7, adj_segment_ends, adj_7, adj_37);
            wp::adj_address(var_edge_starts, var_7, adj_edge_starts, adj_7, adj_36);
            // adj: pb = wp.lerp(edge_starts[j], segment_ends[j], st[1])                          <L 24>
            wp::adj_lerp(var_34, var_35, var_32, adj_29, adj_30, adj_32, adj_33);
            wp::adj_extract(var_14, var_31, adj_14, adj_31, adj_32);
            wp::adj_address(var_segment_ends, var_5, adj_segment_ends, adj_5, adj_30);
            wp::adj_address(var_edge_starts, var_5, adj_edge_starts, adj_5, adj_29);
            // adj: pa = wp.lerp(edge_starts[i], segment_ends[i], st[0])                          <L 23>
        }
        // adj: if depth > 0.0:                                                                   <L 22>
        wp::adj_sub(var_21, var_25, adj_21, adj_25, adj_26);
        wp::adj_extract(var_14, var_24, adj_14, adj_24, adj_25);
        wp::adj_add(var_22, var_23, adj_19, adj_20, adj_21);
        wp::adj_address(var_radii, var_7, adj_radii, adj_7, adj_20);
        wp::adj_address(var_radii, var_5, adj_radii, adj_5, adj_19);
        // adj: depth = radii[i] + radii[j] - st[2]                                               <L 21>
        wp::adj_closest_point_edge_edge(var_15, var_16, var_17, var_18, var_13, adj_9, adj_10, adj_11, adj_12, adj_13, adj_14);
        wp::adj_address(var_segment_ends, var_7, adj_segment_ends, adj_7, adj_12);
        wp::adj_address(var_edge_starts, var_7, adj_edge_starts, adj_7, adj_11);
        wp::adj_address(var_segment_ends, var_5, adj_segment_ends, adj_5, adj_10);
        wp::adj_address(var_edge_starts, var_5, adj_edge_starts, adj_5, adj_9);
        // adj: st = wp.closest_point_edge_edge(edge_starts[i], segment_ends[i], edge_starts[j], segment_ends[j], 1.0e-6)  <L 20>
        if (var_8) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        // adj: if i == j:                                                                        <L 17>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: j = pair[1]                                                                       <L 16>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i = pair[0]                                                                       <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_contact_pairs, var_0, adj_contact_pairs, adj_0, adj_1);
        // adj: pair = contact_pairs[tid]                                                         <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def capsule_contacts(                                                             <L 5>
        return;
}

